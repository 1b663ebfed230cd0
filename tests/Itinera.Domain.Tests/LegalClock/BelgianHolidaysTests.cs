using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Tests.LegalClock;

// Expected values come from published calendars and from the law's list of ten holidays
// (loi du 4 janvier 1974 relative aux jours fériés; AR du 18 avril 1974, art. 1), not from the code.
public class BelgianHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(1818, 3, 22)] // earliest possible Easter
    [InlineData(2285, 3, 22)] // earliest possible Easter
    [InlineData(1943, 4, 25)] // latest possible Easter
    [InlineData(2038, 4, 25)] // latest possible Easter
    public void EasterSunday_MatchesPublishedDates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), BelgianHolidays.EasterSunday(year));
    }

    [Fact]
    public void Holidays2026_AreTheTenLegalHolidays()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1),   // Nouvel An / Nieuwjaar
            new(2026, 4, 6),   // Easter Monday (Easter 5 April)
            new(2026, 5, 1),   // Labour Day
            new(2026, 5, 14),  // Ascension (Easter + 39)
            new(2026, 5, 25),  // Whit Monday (Easter + 50)
            new(2026, 7, 21),  // National Day
            new(2026, 8, 15),  // Assumption
            new(2026, 11, 1),  // All Saints
            new(2026, 11, 11), // Armistice
            new(2026, 12, 25), // Christmas
        ];
        var holidays = BelgianHolidays.For(2026);
        Assert.Equal(expected, holidays.Select(h => h.Date));
        Assert.Equal(Enum.GetValues<BelgianHoliday>(), holidays.Select(h => h.Holiday));
    }

    [Fact]
    public void Holidays_HaveNamesInFrenchDutchAndEnglish()
    {
        var whitMonday = BelgianHolidays.On(new DateOnly(2026, 5, 25));
        Assert.NotNull(whitMonday);
        Assert.Equal(BelgianHoliday.WhitMonday, whitMonday.Holiday);
        Assert.Equal("Lundi de Pentecôte", whitMonday.Name.Fr);
        Assert.Equal("Pinkstermaandag", whitMonday.Name.Nl);
        Assert.Equal("Whit Monday", whitMonday.Name.En);
        Assert.Equal("Pinkstermaandag", whitMonday.Name.In("nl"));
        Assert.All(BelgianHolidays.For(2026), h => Assert.False(string.IsNullOrWhiteSpace(h.Name.Fr + h.Name.Nl + h.Name.En)));
    }

    [Theory]
    [InlineData(2026, 7, 11)] // Flemish Community day: not a legal holiday
    [InlineData(2026, 9, 27)] // French Community day: not a legal holiday
    [InlineData(2026, 11, 15)] // King's Feast: not a legal holiday
    [InlineData(2026, 12, 26)] // Boxing Day: not a Belgian legal holiday
    [InlineData(2026, 4, 5)] // Easter Sunday itself is not on the list (it is a Sunday anyway)
    [InlineData(2026, 4, 3)] // Good Friday: not a legal holiday
    public void CommunityAndOtherDays_AreNotLegalHolidays(int year, int month, int day)
    {
        Assert.False(BelgianHolidays.IsHoliday(new DateOnly(year, month, day)));
        Assert.Null(BelgianHolidays.On(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2026, 11, 11, false)] // Wednesday, Armistice
    [InlineData(2026, 11, 12, true)]  // Thursday
    [InlineData(2026, 11, 28, false)] // Saturday
    [InlineData(2026, 11, 29, false)] // Sunday
    [InlineData(2026, 11, 30, true)]  // Monday
    [InlineData(2026, 5, 14, false)]  // Thursday, Ascension
    [InlineData(2026, 9, 27, false)]  // Sunday (a community day, but a Sunday)
    [InlineData(2026, 9, 28, true)]   // Monday
    public void WorkingDay_IsMondayToFridayExceptHolidays(int year, int month, int day, bool expected)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(expected, BelgianHolidays.IsWorkingDay(date));
        Assert.Equal(expected, BelgianHolidays.Calendar.IsWorkingDay(date));
    }

    [Fact]
    public void EveryYear_HasTenHolidays_WithMovableFeastsOnTheirWeekday()
    {
        for (var year = 1900; year <= 2100; year++)
        {
            var easter = BelgianHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));

            var holidays = BelgianHolidays.For(year);
            Assert.Equal(10, holidays.Count);
            Assert.InRange(holidays.Select(h => h.Date).Distinct().Count(), 9, 10); // Ascension may be 1 May
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.All(holidays, h => Assert.True(BelgianHolidays.IsHoliday(h.Date)));
            Assert.Equal(DayOfWeek.Monday, holidays.Single(h => h.Holiday == BelgianHoliday.EasterMonday).Date.DayOfWeek);
            Assert.Equal(DayOfWeek.Thursday, holidays.Single(h => h.Holiday == BelgianHoliday.Ascension).Date.DayOfWeek);
            Assert.Equal(DayOfWeek.Monday, holidays.Single(h => h.Holiday == BelgianHoliday.WhitMonday).Date.DayOfWeek);
        }
    }

    [Fact]
    public void EveryDayOf2020To2035_IsAHolidayOnlyWhenListed()
    {
        for (var d = new DateOnly(2020, 1, 1); d <= new DateOnly(2035, 12, 31); d = d.AddDays(1))
        {
            var listed = BelgianHolidays.For(d.Year).Any(h => h.Date == d);
            Assert.Equal(listed, BelgianHolidays.IsHoliday(d));
        }
    }

    [Fact]
    public void Ascension_CanFallOnLabourDay_BothAreListed()
    {
        // Easter 2008 was on 23 March, so Ascension (Easter + 39) was Thursday 1 May 2008.
        var may1 = new DateOnly(2008, 5, 1);
        var holidays = BelgianHolidays.For(2008);
        Assert.Equal(10, holidays.Count);
        Assert.Equal(2, holidays.Count(h => h.Date == may1));
        Assert.Equal(BelgianHoliday.LabourDay, BelgianHolidays.On(may1)?.Holiday);
    }

    [Fact]
    public void EasterSunday_BeforeGregorianCalendar_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianHolidays.EasterSunday(1582));
    }
}
