using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Tests.LegalClock;

// Expected dates are worked out by hand from Judicial Code art. 52-54 (day of the event not counted, last day
// included, months from date to date with the end-of-month rule) and art. 53 / Law 15.12.1980 art. 39/57 §2
// (a last day on a Saturday, Sunday or legal holiday moves to the next working day, only where the law says so).
public class PeriodCalculatorTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void CalendarDays_DayOfTheEventIsNotCounted_LastDayIs()
    {
        // Notified Friday 27 November 2026: day 1 = Saturday 28 November, day 30 = Sunday 27 December.
        Assert.Equal(D(2026, 12, 27), PeriodCalculator.LastDay(D(2026, 11, 27), Period.CalendarDays(30)));
        Assert.Equal(D(2026, 11, 28), PeriodCalculator.LastDay(D(2026, 11, 27), Period.CalendarDays(1)));
    }

    [Fact]
    public void ThirtyDays_FromFriday27November2026_EndingOnSunday_MovesToMonday_WhenTheRuleSaysSo()
    {
        Assert.Equal(D(2026, 12, 28), PeriodCalculator.DueDate(D(2026, 11, 27), Period.CalendarDays(30), moveToNextWorkingDay: true));
    }

    [Fact]
    public void ThirtyDays_FromFriday27November2026_EndingOnSunday_StaysOnSunday_WhenTheRuleDoesNotMove()
    {
        Assert.Equal(D(2026, 12, 27), PeriodCalculator.DueDate(D(2026, 11, 27), Period.CalendarDays(30), moveToNextWorkingDay: false));
    }

    [Fact]
    public void ThirtyDays_EndingOnChristmasFriday_MovesOverTheWeekendToMonday()
    {
        // 25 November 2026 + 30 days = Friday 25 December (holiday); 26-27 December is a weekend.
        Assert.Equal(D(2026, 12, 28), PeriodCalculator.DueDate(D(2026, 11, 25), Period.CalendarDays(30), moveToNextWorkingDay: true));
    }

    [Fact]
    public void TenDays_EndingOnAllSaintsSunday_MovesToMonday()
    {
        Assert.Equal(D(2026, 11, 2), PeriodCalculator.DueDate(D(2026, 10, 22), Period.CalendarDays(10), moveToNextWorkingDay: true));
    }

    [Fact]
    public void TenDays_EndingOnArmisticeWednesday_MovesToThursday()
    {
        Assert.Equal(D(2026, 11, 12), PeriodCalculator.DueDate(D(2026, 11, 1), Period.CalendarDays(10), moveToNextWorkingDay: true));
    }

    [Fact]
    public void TenDays_FromFriday27November2026_EndsOnMondayWithoutMoving()
    {
        Assert.Equal(D(2026, 12, 7), PeriodCalculator.DueDate(D(2026, 11, 27), Period.CalendarDays(10), moveToNextWorkingDay: true));
    }

    [Theory]
    [InlineData(2025, 8, 31, 6, 2026, 2, 28)] // end-of-month rule: no 31 February
    [InlineData(2023, 8, 31, 6, 2024, 2, 29)] // leap year
    [InlineData(2026, 1, 15, 9, 2026, 10, 15)] // same-numbered day
    [InlineData(2026, 1, 31, 1, 2026, 2, 28)]
    [InlineData(2026, 3, 31, 1, 2026, 4, 30)]
    [InlineData(2026, 2, 28, 1, 2026, 3, 28)] // same date as the event (see the UNCONFIRMED note on art. 54)
    [InlineData(2026, 5, 31, 9, 2027, 2, 28)]
    [InlineData(2026, 11, 30, 3, 2027, 2, 28)]
    public void Months_EndOnTheSameNumberedDay_OrTheLastDayOfAShorterMonth(int y, int m, int d, int months, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), PeriodCalculator.LastDay(D(y, m, d), Period.Months(months)));
    }

    [Fact]
    public void Weeks_EndOnTheSameWeekday()
    {
        // Friday 27 November 2026 + 2 weeks = Friday 11 December 2026; + 6 weeks = Friday 8 January 2027.
        Assert.Equal(D(2026, 12, 11), PeriodCalculator.LastDay(D(2026, 11, 27), Period.Weeks(2)));
        Assert.Equal(D(2027, 1, 8), PeriodCalculator.LastDay(D(2026, 11, 27), Period.Weeks(6)));
    }

    [Fact]
    public void WorkingDays_SkipWeekendsAndHolidays()
    {
        // Made Wednesday 23 December 2026: Thu 24 (1), Fri 25 Christmas, weekend, Mon 28 (2), Tue 29 (3).
        Assert.Equal(D(2026, 12, 29), PeriodCalculator.LastDay(D(2026, 12, 23), Period.WorkingDays(3)));
        // Wed 30 (4), Thu 31 (5), Fri 1 January holiday, weekend, Mon 4 (6) … Fri 8 January 2027 (10).
        Assert.Equal(D(2027, 1, 8), PeriodCalculator.LastDay(D(2026, 12, 23), Period.WorkingDays(10)));
    }

    [Fact]
    public void WorkingDays_SkipAscension()
    {
        // Wednesday 13 May 2026: Thursday 14 May is Ascension, so 1 working day later is Friday 15 May, 2 is Monday 18 May.
        Assert.Equal(D(2026, 5, 15), PeriodCalculator.LastDay(D(2026, 5, 13), Period.WorkingDays(1)));
        Assert.Equal(D(2026, 5, 18), PeriodCalculator.LastDay(D(2026, 5, 13), Period.WorkingDays(2)));
    }

    [Fact]
    public void WorkingDays_UseTheCalendarGiven()
    {
        var everyDayWorks = new EveryDayCalendar();
        Assert.Equal(D(2026, 12, 26), PeriodCalculator.LastDay(D(2026, 12, 23), Period.WorkingDays(3), everyDayWorks));
    }

    [Fact]
    public void SeveralPeriodsOfOneUnit_AreAddedBeforeTheEndOfMonthRule()
    {
        // 31 May 2026 + 9 months would be 28 February 2027; + 12 months (9 + 3) is 31 May 2027, not 28 May.
        Period[] periods = [Period.Months(9), Period.Months(3)];
        Assert.Equal(D(2027, 5, 31), PeriodCalculator.LastDay(D(2026, 5, 31), periods));
    }

    [Fact]
    public void PeriodsOfDifferentUnits_RunOneAfterTheOther()
    {
        // 3 working days from Wednesday 23 December 2026 = Tuesday 29 December; then 1 week = Tuesday 5 January 2027.
        Period[] periods = [Period.WorkingDays(3), Period.Weeks(1)];
        Assert.Equal(D(2027, 1, 5), PeriodCalculator.LastDay(D(2026, 12, 23), periods));
    }

    [Fact]
    public void NextWorkingDayFrom_KeepsAWorkingDay()
    {
        Assert.Equal(D(2026, 11, 30), PeriodCalculator.NextWorkingDayFrom(D(2026, 11, 30)));
        Assert.Equal(D(2026, 11, 30), PeriodCalculator.NextWorkingDayFrom(D(2026, 11, 28)));
    }

    [Fact]
    public void Period_RejectsNegativeCounts_AndPrintsReadably()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Months(-1));
        Assert.Equal("9 months", Period.Months(9).ToString());
        Assert.Equal("3 working days", Period.WorkingDays(3).ToString());
        Assert.Equal(Period.Months(3), new Period(3, PeriodUnit.Months));
    }

    [Fact]
    public void EveryStartIn2020To2035_MovedDueDateIsAWorkingDay_AndNeverBeforeTheLastDay()
    {
        Period[] periods = [Period.CalendarDays(5), Period.CalendarDays(10), Period.CalendarDays(30), Period.Weeks(2), Period.Months(1), Period.Months(9)];
        for (var start = D(2020, 1, 1); start <= D(2035, 12, 31); start = start.AddDays(1))
        {
            foreach (var period in periods)
            {
                var last = PeriodCalculator.LastDay(start, period);
                var due = PeriodCalculator.DueDate(start, period, moveToNextWorkingDay: true);
                Assert.True(BelgianHolidays.IsWorkingDay(due), $"{start} + {period} = {due}");
                Assert.InRange(due, last, last.AddDays(4)); // at most Fri holiday + weekend + Mon holiday
                Assert.True(last > start);
            }

            var workingDayEnd = PeriodCalculator.LastDay(start, Period.WorkingDays(3));
            Assert.True(BelgianHolidays.IsWorkingDay(workingDayEnd));
        }
    }

    private sealed class EveryDayCalendar : IWorkingCalendar
    {
        public bool IsWorkingDay(DateOnly date) => true;
    }
}
