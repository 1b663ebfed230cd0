namespace Itinera.Domain.LegalClock;

/// <summary>
/// Says which days are working days for a legal period. The Belgian calendar is <see cref="BelgianHolidays.Calendar"/>;
/// another calendar (e.g. another Member State's, for Dublin periods) can be supplied where a rule needs it.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>True when <paramref name="date"/> is a working day (not a Saturday, Sunday or public holiday).</summary>
    bool IsWorkingDay(DateOnly date);
}
