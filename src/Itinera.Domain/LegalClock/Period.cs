using System.Globalization;

namespace Itinera.Domain.LegalClock;

/// <summary>A legal period: a count of <see cref="PeriodUnit"/>s, such as 9 months, 30 days or 3 working days.</summary>
/// <remarks><c>default(Period)</c> (0 of unit 0) is not a valid period; construct through the constructor or the factories.</remarks>
public readonly record struct Period
{
    /// <exception cref="ArgumentOutOfRangeException">Negative count or unknown unit.</exception>
    public Period(int count, PeriodUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }

        Count = count;
        Unit = unit;
    }

    public int Count { get; }

    public PeriodUnit Unit { get; }

    public static Period CalendarDays(int count) => new(count, PeriodUnit.CalendarDays);

    public static Period WorkingDays(int count) => new(count, PeriodUnit.WorkingDays);

    public static Period Weeks(int count) => new(count, PeriodUnit.Weeks);

    public static Period Months(int count) => new(count, PeriodUnit.Months);

    /// <summary>"9 months", "30 calendar days", "3 working days", "2 weeks".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} {Unit switch
    {
        PeriodUnit.CalendarDays => Count == 1 ? "calendar day" : "calendar days",
        PeriodUnit.WorkingDays => Count == 1 ? "working day" : "working days",
        PeriodUnit.Weeks => Count == 1 ? "week" : "weeks",
        PeriodUnit.Months => Count == 1 ? "month" : "months",
        _ => "?",
    }}");
}
