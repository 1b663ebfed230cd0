using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Persons;

public class PartialDateTests
{
    [Fact]
    public void Parse_YearOnly_HasYearPrecision()
    {
        var d = PartialDate.Parse("1985");
        Assert.Equal(1985, d.Year);
        Assert.Null(d.Month);
        Assert.Null(d.Day);
        Assert.Equal(DatePrecision.Year, d.Precision);
        Assert.Equal("1985", d.ToString());
    }

    [Fact]
    public void Parse_YearMonth_HasMonthPrecision()
    {
        var d = PartialDate.Parse("1985-07");
        Assert.Equal(new PartialDate(1985, 7), d);
        Assert.Equal(DatePrecision.Month, d.Precision);
        Assert.Equal("1985-07", d.ToString());
    }

    [Fact]
    public void Parse_FullDate_HasDayPrecision()
    {
        var d = PartialDate.Parse("1985-07-30");
        Assert.Equal(new PartialDate(1985, 7, 30), d);
        Assert.Equal(DatePrecision.Day, d.Precision);
        Assert.Equal("1985-07-30", d.ToString());
    }

    [Theory]
    [InlineData("1985-02-30")] // 30 February does not exist
    [InlineData("1900-02-29")] // 1900 is not a leap year
    [InlineData("85")]
    [InlineData("1985-13")]
    [InlineData("1985-00")]
    [InlineData("1985-07-00")]
    [InlineData("1985-7")]
    [InlineData("1985-07-3")]
    [InlineData("1985/07/30")]
    [InlineData("19850730")]
    [InlineData(" 1985")]
    [InlineData("1799")] // below the accepted year range
    [InlineData("")]
    [InlineData(null)]
    [InlineData("١٩٨٥")] // non-ASCII digits
    public void TryParse_RejectsAnythingButRealIsoForms(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse("1985-02-30"));
    }

    [Fact]
    public void TryParse_AcceptsLeapDayOnlyInLeapYears()
    {
        Assert.True(PartialDate.TryParse("2024-02-29", out _));
        Assert.True(PartialDate.TryParse("2000-02-29", out _)); // divisible by 400
        Assert.False(PartialDate.TryParse("2023-02-29", out _));
    }

    [Fact]
    public void February_InLeapYear_LatestIsThe29th()
    {
        var d = PartialDate.Parse("2024-02");
        Assert.Equal(new DateOnly(2024, 2, 1), d.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 29), d.Latest);
        Assert.Equal(new DateOnly(2023, 2, 28), PartialDate.Parse("2023-02").Latest);
    }

    [Fact]
    public void YearOnly_CoversFirstJanuaryToThirtyFirstDecember()
    {
        var d = new PartialDate(1985);
        Assert.Equal(new DateOnly(1985, 1, 1), d.Earliest);
        Assert.Equal(new DateOnly(1985, 12, 31), d.Latest);
        Assert.True(d.Contains(new DateOnly(1985, 6, 15)));
        Assert.False(d.Contains(new DateOnly(1986, 1, 1)));
    }

    [Fact]
    public void FullDate_EarliestEqualsLatest()
    {
        var d = PartialDate.FromDate(new DateOnly(1985, 7, 30));
        Assert.Equal(d.Earliest, d.Latest);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Fact]
    public void Compatible_WhenRangesOverlap()
    {
        Assert.True(new PartialDate(1985).IsCompatibleWith(new PartialDate(1985, 7, 30)));
        Assert.True(new PartialDate(1985, 7).IsCompatibleWith(new PartialDate(1985, 7, 30)));
        Assert.True(new PartialDate(1985, 7, 30).IsCompatibleWith(new PartialDate(1985)));
        Assert.False(new PartialDate(1985, 7).IsCompatibleWith(new PartialDate(1985, 8, 1)));
        Assert.False(new PartialDate(1985).IsCompatibleWith(new PartialDate(1986)));
        Assert.False(new PartialDate(1985, 7, 30).IsCompatibleWith(new PartialDate(1985, 7, 31)));
    }

    [Fact]
    public void Ordering_ByEarliestThenLessPreciseFirst()
    {
        var dates = new[]
        {
            PartialDate.Parse("1985-02-01"),
            PartialDate.Parse("1985-01-01"),
            PartialDate.Parse("1985-01"),
            PartialDate.Parse("1985"),
            PartialDate.Parse("1984-12-31"),
        };
        Array.Sort(dates);
        Assert.Equal(["1984-12-31", "1985", "1985-01", "1985-01-01", "1985-02-01"], dates.Select(d => d.ToString()));
        Assert.True(PartialDate.Parse("1985") < PartialDate.Parse("1985-01"));
    }

    [Fact]
    public void Constructor_DayWithoutMonth_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PartialDate(1985, null, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(1985, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(1985, 13));
    }
}
