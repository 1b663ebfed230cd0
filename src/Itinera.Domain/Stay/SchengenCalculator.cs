using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Stay;

/// <summary>
/// The Schengen short-stay rule: "90 days in any 180-day period", Reg. (EU) 2016/399 (Schengen Borders Code) art 6(1),
/// as amended by Reg. (EU) 610/2013. The 180-day window is counted backwards and includes the control day,
/// [D − 179, D]; the entry day and the exit day both count (legal-rules.md §6 [S1, S2]). Pure: the control date is an input.
/// </summary>
public static class SchengenCalculator
{
    /// <summary>Maximum days of stay in any window.</summary>
    public const int MaxDays = 90;

    /// <summary>Length of the reference window, control day included.</summary>
    public const int WindowDays = 180;

    /// <summary>First day of the 180-day window ending on <paramref name="day"/>: day − 179.</summary>
    public static DateOnly WindowStart(DateOnly day) => day.AddDays(-(WindowDays - 1));

    /// <summary>
    /// Applies the rule to <paramref name="stays"/> on <paramref name="controlDate"/>, and to a
    /// <paramref name="plannedEntry"/> when given.
    /// <para>Latest legal exit: for the stay in progress on the control date (no exit, or exit on or after the control
    /// date) the last day D such that, for every day d from that stay's entry to D, the window ending on d holds at most
    /// 90 days with the stay assumed to continue up to d (its recorded exit is ignored). When the limit is already
    /// exceeded on or before the control date, D is the day before the first day that broke it, so it may lie before
    /// the control date (the person is overstaying since D + 1), or even be the day before entry (no day of this stay
    /// was legal).</para>
    /// <para>Planned entry P (on or after the control date, after every recorded exit): the number of consecutive days
    /// from P the person may stay without any window exceeding 90 days; windows ending after the exit hold no more
    /// days than the window ending on the exit, so only windows ending during the planned stay are checked.</para>
    /// </summary>
    public static Result<SchengenAssessment, SchengenError> Assess(
        IReadOnlyList<ShortStay> stays, DateOnly controlDate, DateOnly? plannedEntry = null)
    {
        ArgumentNullException.ThrowIfNull(stays);
        if (Validate(stays, controlDate, plannedEntry) is { } error)
        {
            return Result<SchengenAssessment, SchengenError>.Failure(error);
        }

        // Facts up to the control date: an open stay counts up to it, a planned exit after it is not yet a day of stay.
        var facts = stays.Select(s => (s.Entry, Exit: Min(s.Exit ?? controlDate, controlDate))).ToList();
        var used = DaysInWindow(facts, controlDate);

        DateOnly? latestLegalExit = null;
        var inProgress = stays.Select((s, i) => (Stay: s, Index: i)).Where(x => x.Stay.Exit is null || x.Stay.Exit >= controlDate).ToList();
        if (inProgress.Count == 1)
        {
            var current = inProgress[0];
            var others = facts.Where((_, i) => i != current.Index).ToList();
            latestLegalExit = LastLegalDay(others, current.Stay.Entry);
        }

        PlannedStay? planned = null;
        if (plannedEntry is { } entry)
        {
            var available = ConsecutiveDaysAvailable(facts, entry);
            planned = new PlannedStay(entry, available, available > 0 ? entry.AddDays(available - 1) : null);
        }

        return Result<SchengenAssessment, SchengenError>.Success(new SchengenAssessment(
            controlDate,
            WindowStart(controlDate),
            used,
            Math.Max(0, MaxDays - used),
            Math.Max(0, used - MaxDays),
            latestLegalExit,
            planned));
    }

    private static SchengenError? Validate(IReadOnlyList<ShortStay> stays, DateOnly controlDate, DateOnly? plannedEntry)
    {
        for (var i = 0; i < stays.Count; i++)
        {
            if (stays[i].Exit is { } exit && exit < stays[i].Entry)
            {
                return new ExitBeforeEntry(i);
            }

            if (stays[i].Entry > controlDate)
            {
                return new ControlDateBeforeEntry(i);
            }
        }

        // Sorted by entry, non-overlapping stays each end before the next one enters.
        var ordered = stays.Select((s, i) => (s.Entry, End: s.Exit ?? controlDate, Index: i)).OrderBy(s => s.Entry).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            if (ordered[k].Entry <= ordered[k - 1].End)
            {
                var (a, b) = (ordered[k - 1].Index, ordered[k].Index);
                return new OverlappingStays(Math.Min(a, b), Math.Max(a, b));
            }
        }

        if (plannedEntry is { } planned)
        {
            if (planned < controlDate)
            {
                return new PlannedEntryBeforeControlDate(planned, controlDate);
            }

            for (var i = 0; i < stays.Count; i++)
            {
                if (stays[i].Exit is not { } exit || exit >= planned)
                {
                    return new PlannedEntryDuringStay(i);
                }
            }
        }

        return null;
    }

    /// <summary>Days of the given stays (entry and exit included) inside the window ending on <paramref name="day"/>.</summary>
    private static int DaysInWindow(IEnumerable<(DateOnly Entry, DateOnly Exit)> stays, DateOnly day)
    {
        var windowStart = WindowStart(day);
        var total = 0;
        foreach (var (entry, exit) in stays)
        {
            var from = Max(entry, windowStart);
            var to = Min(exit, day);
            if (to >= from)
            {
                total += to.DayNumber - from.DayNumber + 1;
            }
        }

        return total;
    }

    /// <summary>Day before the first day d ≥ entry at which a stay from entry to d breaks the rule.</summary>
    private static DateOnly LastLegalDay(List<(DateOnly Entry, DateOnly Exit)> otherStays, DateOnly entry)
    {
        // The stay alone reaches 91 days on entry + 90, so the loop ends within 91 steps.
        for (var day = entry; ; day = day.AddDays(1))
        {
            if (DaysInWindow([.. otherStays, (entry, day)], day) > MaxDays)
            {
                return day.AddDays(-1);
            }
        }
    }

    private static int ConsecutiveDaysAvailable(List<(DateOnly Entry, DateOnly Exit)> stays, DateOnly entry) =>
        LastLegalDay(stays, entry).DayNumber - entry.DayNumber + 1;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
