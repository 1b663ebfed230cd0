using Itinera.Domain.Identity;
using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Identity;

public class BirthDateComparisonTests
{
    private static DateComparisonResult Compare(string? query, string? record) =>
        BirthDateComparison.Compare(query is null ? null : PartialDate.Parse(query), record is null ? null : PartialDate.Parse(record));

    [Theory]
    [InlineData(null, "1990-03-12")]
    [InlineData("1990-03-12", null)]
    [InlineData(null, null)]
    public void MissingDate_IsNotCompared(string? query, string? record) =>
        Assert.Equal(DateAgreement.NotCompared, Compare(query, record).How);

    [Fact]
    public void SameDay_IsEqual() => Assert.Equal(DateAgreement.Equal, Compare("1990-03-12", "1990-03-12").How);

    [Theory]
    [InlineData("1990", "1990-03-12")]          // query known to the year only
    [InlineData("1990-03", "1990-03-12")]       // query known to the month
    [InlineData("1990-03-12", "1990")]          // record known to the year only
    [InlineData("1990", "1990")]
    public void PartialDate_WhoseKnownPartsAgree_IsKnownPartsAgree(string query, string record) =>
        Assert.Equal(DateAgreement.KnownPartsAgree, Compare(query, record).How);

    [Theory]
    [InlineData("1990-06-15", "1990-01-01")]    // 1 January recorded for a date known only to the year
    [InlineData("1990-01-01", "1990-06-15")]    // the placeholder on the query side
    [InlineData("1990-06", "1990-01-01")]
    public void JanuaryFirstOfTheSameYear_IsJanuaryFirstPlaceholder(string query, string record) =>
        Assert.Equal(DateAgreement.JanuaryFirstPlaceholder, Compare(query, record).How);

    [Fact]
    public void DayAndMonthSwapped_IsDayMonthSwapped() =>
        Assert.Equal(DateAgreement.DayMonthSwapped, Compare("1990-03-07", "1990-07-03").How);

    [Theory]
    [InlineData("1990-03-12", "1991-03-12")]
    [InlineData("1990-03-12", "1989-03-12")]
    [InlineData("1990", "1991-03-12")]          // year-only date, one year off
    public void SameDayAndMonthOneYearOff_IsOneYearOff(string query, string record) =>
        Assert.Equal(DateAgreement.OneYearOff, Compare(query, record).How);

    [Theory]
    [InlineData("1990-03-12", "1990-03-13")]
    [InlineData("1990-03-12", "1980-03-12")]
    [InlineData("1990-03-12", "1990-08-12")]
    public void OneDigitMistyped_IsOneDigit(string query, string record) =>
        Assert.Equal(DateAgreement.OneDigit, Compare(query, record).How);

    [Fact]
    public void SameYearAndMonthOtherDay_IsYearAndMonth() =>
        Assert.Equal(DateAgreement.YearAndMonth, Compare("1990-03-12", "1990-03-25").How);

    [Theory]
    [InlineData("1990-03-12", "1990-08-25")]
    [InlineData("1990-03", "1990-08")]
    public void OnlyTheYearAgrees_IsYearOnly(string query, string record) =>
        Assert.Equal(DateAgreement.YearOnly, Compare(query, record).How);

    [Theory]
    [InlineData("1990-03-12", "1975-08-01")]
    [InlineData("1990", "1975")]
    [InlineData("1990-03-12", "1988-03-12")]    // two years off (and two digits) is not an uncertainty the rules allow for
    public void ClearlyDifferentDate_Differs(string query, string record)
    {
        var result = Compare(query, record);
        Assert.Equal(DateAgreement.Differs, result.How);
        Assert.Empty(result.AgreedParts);
    }

    /// <summary>Every uncertain agreement confirms less than the same date and more than a different one.</summary>
    [Theory]
    [InlineData("1990", "1990-03-12")]
    [InlineData("1990-06-15", "1990-01-01")]
    [InlineData("1990-03-07", "1990-07-03")]
    [InlineData("1990-03-12", "1991-03-12")]
    [InlineData("1990-03-12", "1990-03-13")]
    [InlineData("1990-03-12", "1990-03-25")]
    [InlineData("1990-03-12", "1990-08-25")]
    public void UncertainAgreement_ScoresBetweenEqualAndDiffering(string query, string record)
    {
        var score = Compare(query, record).Score;
        Assert.True(score < Compare("1990-03-12", "1990-03-12").Score);
        Assert.True(score > Compare("1990-03-12", "1975-08-01").Score);
    }

    [Theory]
    [InlineData("1990-03-12", "1990-03-12")]
    [InlineData("1990", "1990-03-12")]
    [InlineData("1990-06-15", "1990-01-01")]
    [InlineData("1990-03-07", "1990-07-03")]
    [InlineData("1990-03-12", "1991-03-12")]
    [InlineData("1990-03-12", "1990-03-13")]
    [InlineData("1990-03-12", "1990-03-25")]
    [InlineData("1990-03-12", "1990-08-25")]
    [InlineData("1990-03-12", "1975-08-01")]
    public void Comparison_IsSymmetric(string a, string b)
    {
        Assert.Equal(Compare(a, b).How, Compare(b, a).How);
        Assert.Equal(Compare(a, b).Score, Compare(b, a).Score);
    }
}
