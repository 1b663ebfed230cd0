namespace Itinera.Domain.Stay;

/// <summary>An expected error in the stays given to <see cref="SchengenCalculator"/>. <see cref="Code"/> is stable.</summary>
public abstract record SchengenError(string Code);

/// <summary>The stay at <paramref name="StayIndex"/> leaves before it enters.</summary>
public sealed record ExitBeforeEntry(int StayIndex) : SchengenError("schengen.exit-before-entry");

/// <summary>
/// Two stays share at least one day (a stay without exit runs to the control date). A person leaving and re-entering on
/// the same day must be recorded as one stay, so that the day counts once.
/// </summary>
public sealed record OverlappingStays(int FirstIndex, int SecondIndex) : SchengenError("schengen.overlapping-stays");

/// <summary>The stay at <paramref name="StayIndex"/> enters after the control date: stays are facts up to the control date.</summary>
public sealed record ControlDateBeforeEntry(int StayIndex) : SchengenError("schengen.control-date-before-entry");

/// <summary>The planned entry is before the control date.</summary>
public sealed record PlannedEntryBeforeControlDate(DateOnly PlannedEntry, DateOnly ControlDate) : SchengenError("schengen.planned-entry-before-control-date");

/// <summary>The planned entry falls while the person is still present: the stay at <paramref name="StayIndex"/> has no exit or exits on or after it.</summary>
public sealed record PlannedEntryDuringStay(int StayIndex) : SchengenError("schengen.planned-entry-during-stay");
