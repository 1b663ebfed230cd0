namespace Itinera.Domain.Stay;

/// <summary>
/// How long a person may stay when entering on <paramref name="Entry"/>: <paramref name="DaysAvailable"/> consecutive
/// days (entry day included) without any 180-day window exceeding 90 days, so the last legal exit day is
/// <paramref name="LatestExit"/> = entry + days − 1, or null when no day is available.
/// </summary>
public sealed record PlannedStay(DateOnly Entry, int DaysAvailable, DateOnly? LatestExit);
