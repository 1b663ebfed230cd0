namespace Itinera.Domain.LegalClock;

/// <summary>
/// Computes the last day of a legal period from the event that starts it. Pure: no clock, no I/O.
/// <list type="bullet">
/// <item>The day of the event is not counted (dies a quo non computatur): the period runs from the next day, and
/// the last day is included (Judicial Code / Code judiciaire art. 52 al. 1 and art. 53 al. 1).</item>
/// <item>Calendar days: every day counts, Saturdays, Sundays and holidays included (art. 52 al. 1).</item>
/// <item>Months: "de quantième à veille de quantième" counted from the day after the event (art. 54), i.e. the
/// period ends on the day with the same number as the event day; when that day does not exist in the end month,
/// on the last day of that month (31 August + 6 months = 28 February, or 29 in a leap year). This is also the rule
/// of Reg. (EEC, Euratom) 1182/71 art. 3(2)(c) for periods set by EU acts (Dublin, Visa Code).
/// UNCONFIRMED: read literally, art. 54 would end a period that starts on the last day of a month on the last
/// day of the end month (event 28 February + 1 month = 31 March rather than 28 March; 30 April + 9 months =
/// 31 January rather than 30 January). No Belgian authority was found either way; the same-date reading is used.</item>
/// <item>Weeks: the same weekday as the event, n weeks later.</item>
/// <item>Working days: only working days of the calendar are counted; the last day is always a working day.</item>
/// <item>Moving a last day that is a Saturday, Sunday or legal public holiday to the next working day is done only when
/// the rule says so (Judicial Code art. 53 al. 2 for judicial periods; Law of 15 December 1980 art. 39/57 §2 for
/// appeals to the CCE/RvV), never by default.</item>
/// </list>
/// </summary>
public static class PeriodCalculator
{
    /// <summary>The last day of <paramref name="period"/> counted from the day after <paramref name="eventDate"/>, never moved.</summary>
    /// <param name="calendar">Used for working-day periods only; the Belgian calendar when null.</param>
    public static DateOnly LastDay(DateOnly eventDate, Period period, IWorkingCalendar? calendar = null) => period.Unit switch
    {
        PeriodUnit.CalendarDays => eventDate.AddDays(period.Count),
        PeriodUnit.Weeks => eventDate.AddDays(7 * period.Count),
        PeriodUnit.Months => eventDate.AddMonths(period.Count), // AddMonths clamps to the end of a shorter month
        PeriodUnit.WorkingDays => AddWorkingDays(eventDate, period.Count, calendar ?? BelgianHolidays.Calendar),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period unit."),
    };

    /// <summary>
    /// The due date: <see cref="LastDay"/>, then, when <paramref name="moveToNextWorkingDay"/> is true and that day is a
    /// Saturday, Sunday or public holiday, the next working day.
    /// </summary>
    public static DateOnly DueDate(DateOnly eventDate, Period period, bool moveToNextWorkingDay, IWorkingCalendar? calendar = null)
    {
        var last = LastDay(eventDate, period, calendar);
        return moveToNextWorkingDay ? NextWorkingDayFrom(last, calendar) : last;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the first working day after it.</summary>
    public static DateOnly NextWorkingDayFrom(DateOnly date, IWorkingCalendar? calendar = null)
    {
        calendar ??= BelgianHolidays.Calendar;
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The last day of several periods run one after the other from the same event (a base period and its extensions).
    /// When all periods share a unit they are added up first (9 months + 3 months = 12 months from the event, so the
    /// end-of-month rule applies once, to the total); otherwise each period runs from the last day of the previous one.
    /// </summary>
    public static DateOnly LastDay(DateOnly eventDate, IReadOnlyList<Period> periods, IWorkingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return eventDate;
        }

        var unit = periods[0].Unit;
        if (periods.All(p => p.Unit == unit))
        {
            return LastDay(eventDate, new Period(periods.Sum(p => p.Count), unit), calendar);
        }

        var last = eventDate;
        foreach (var period in periods)
        {
            last = LastDay(last, period, calendar);
        }

        return last;
    }

    private static DateOnly AddWorkingDays(DateOnly eventDate, int count, IWorkingCalendar calendar)
    {
        var date = eventDate;
        for (var counted = 0; counted < count;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
