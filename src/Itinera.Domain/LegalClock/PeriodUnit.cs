namespace Itinera.Domain.LegalClock;

/// <summary>The unit a legal period is expressed in. Values are stable.</summary>
public enum PeriodUnit
{
    /// <summary>Every day counts, Saturdays, Sundays and holidays included (Judicial Code art. 52).</summary>
    CalendarDays = 1,

    /// <summary>Only Monday to Friday that are not legal public holidays count (used only where the law says "working days").</summary>
    WorkingDays = 2,

    /// <summary>Weeks of seven days; ends on the same weekday as the event.</summary>
    Weeks = 3,

    /// <summary>Months, counted "de quantième à quantième" (Judicial Code art. 54), with the end-of-month rule.</summary>
    Months = 4,
}
