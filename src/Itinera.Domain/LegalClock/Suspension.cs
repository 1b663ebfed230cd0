namespace Itinera.Domain.LegalClock;

/// <summary>
/// Days during which the clock stood still because the file was incomplete, <paramref name="From"/> to
/// <paramref name="To"/>, both included. Counted only for rules that allow it (<see cref="LegalRule.SuspendsWhileFileIncomplete"/>).
/// </summary>
public sealed record Suspension(DateOnly From, DateOnly To)
{
    /// <summary>Number of calendar days, both ends included (0 or less when the range is invalid).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}
