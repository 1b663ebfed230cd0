using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using static Itinera.Domain.Tests.Identity.Matching;

namespace Itinera.Domain.Tests.Identity;

/// <summary>The whole score: the name decides most, the birth date confirms or contradicts, sex and nationality adjust.</summary>
public class PersonMatcherTests
{
    private static MatchResult Score(string query, string? queryBorn, string recorded, string? recordBorn) =>
        PersonMatcher.Score(new PersonQuery(query, Parse(queryBorn)), Record(recorded, Parse(recordBorn)));

    private static PartialDate? Parse(string? date) => date is null ? null : PartialDate.Parse(date);

    // ---- Uncertain birth dates -----------------------------------------------------------------------------------

    /// <summary>The searched date is uncertain in one of the usual ways: better than a different date, worse than the same one.</summary>
    [Theory]
    [InlineData("1990", "1990-03-12")]              // query known to the year only
    [InlineData("1990-03", "1990-03-12")]           // query known to the month
    [InlineData("1990-03-12", "1990-01-01")]        // 1 January recorded for a date known only to the year
    [InlineData("1990-03-07", "1990-07-03")]        // day and month swapped
    [InlineData("1990-03-12", "1991-03-12")]        // one year off
    [InlineData("1990-03-12", "1989-03-12")]
    public void UncertainBirthDate_ScoresBetweenEqualAndClearlyDifferentDate(string queryBorn, string recordBorn)
    {
        var uncertain = Score("Mohamed Hassan", queryBorn, "Mohamed Hassan", recordBorn);
        var equal = Score("Mohamed Hassan", recordBorn, "Mohamed Hassan", recordBorn);
        var different = Score("Mohamed Hassan", "1975-08-01", "Mohamed Hassan", recordBorn);
        Assert.True(uncertain.Score > different.Score, $"{uncertain.Score} should be above a clearly different date ({different.Score})");
        Assert.True(uncertain.Score < equal.Score, $"{uncertain.Score} should be below an equal date ({equal.Score})");
        AssertLikelyMatch(uncertain, "the same name with an uncertain birth date");
    }

    [Theory]
    [InlineData("1990", "1990-03-12")]
    [InlineData("1990-03-12", "1990-01-01")]
    [InlineData("1990-03-07", "1990-07-03")]
    [InlineData("1990-03-12", "1991-03-12")]
    public void UncertainBirthDate_WithAnotherSpelling_IsStillALikelyMatch(string queryBorn, string recordBorn) =>
        AssertLikelyMatch(Score("Mohamed Hassan", queryBorn, "Muhammad Hasan", recordBorn), "another spelling, uncertain date");

    [Fact]
    public void BirthDate_UnknownOnOneSide_NeitherConfirmsNorContradicts()
    {
        var unknown = Score("Mohamed Hassan", null, "Mohamed Hassan", "1990-03-12");
        Assert.True(unknown.Score < Score("Mohamed Hassan", "1990-03-12", "Mohamed Hassan", "1990-03-12").Score);
        Assert.True(unknown.Score > Score("Mohamed Hassan", "1975-08-01", "Mohamed Hassan", "1990-03-12").Score);
        Assert.Equal(DateAgreement.NotCompared, unknown.BirthDate.How);
    }

    // ---- Ranking ---------------------------------------------------------------------------------------------------

    [Fact]
    public void CommonNameWithWrongBirthDate_RanksBelowRightPersonSpeltDifferently()
    {
        var query = new PersonQuery("Mohamed Hassan", new PartialDate(1990, 3, 12));
        var rightPerson = PersonMatcher.Score(query, Record("Muhammad Hasan", new PartialDate(1990, 3, 12)));
        var wrongDate = PersonMatcher.Score(query, Record("Mohamed Hassan", new PartialDate(1975, 8, 1)));
        Assert.True(rightPerson.Score > wrongDate.Score, $"right person {rightPerson.Score} should rank above {wrongDate.Score}");
        AssertLikelyMatch(rightPerson, "the right person spelt differently");
    }

    [Fact]
    public void CommonNameWithWrongBirthDate_RanksBelowRightPersonSpeltDifferently_WhenCommonWordsWeighLess()
    {
        // A caller's rarity weight: Mohamed and Hassan are everywhere, so they say little.
        static double Rarity(NameToken t) => t.Key is "mhmd" or "hsn" ? 0.3 : 1;
        var query = new PersonQuery("Mohamed Hassan", new PartialDate(1990, 3, 12));
        var rightPerson = PersonMatcher.Score(query, Record("Muhammad Hasan", new PartialDate(1990, 3, 12)), Rarity);
        var wrongDate = PersonMatcher.Score(query, Record("Mohamed Hassan", new PartialDate(1975, 8, 1)), Rarity);
        Assert.True(rightPerson.Score > wrongDate.Score);
    }

    // ---- Sex, nationality, aliases ---------------------------------------------------------------------------------

    [Fact]
    public void SexMismatch_LowersTheScore()
    {
        var query = new PersonQuery("Muhammad Hasan", Born, Sex: Sex.Male);
        var agrees = PersonMatcher.Score(query, Record("Mohamed Hassan", Born, Sex.Male));
        var differs = PersonMatcher.Score(query, Record("Mohamed Hassan", Born, Sex.Female));
        var unknown = PersonMatcher.Score(query, Record("Mohamed Hassan", Born, Sex.Unknown));
        Assert.True(differs.Score < agrees.Score);
        Assert.True(differs.Score < unknown.Score);
        Assert.False(differs.SexAgrees);
        Assert.True(agrees.SexAgrees);
        Assert.Null(unknown.SexAgrees);
    }

    [Fact]
    public void NationalityOverlap_RaisesTheScore()
    {
        var record = Record("Mohamed Hassan", new PartialDate(1990), Sex.Unknown, "SY", "TR");
        var without = PersonMatcher.Score(new PersonQuery("Muhammad Hasan", Born), record);
        var overlap = PersonMatcher.Score(new PersonQuery("Muhammad Hasan", Born, ["TR"]), record);
        var none = PersonMatcher.Score(new PersonQuery("Muhammad Hasan", Born, ["MA"]), record);
        Assert.True(overlap.Score > without.Score);
        Assert.True(overlap.NationalityAgrees);
        Assert.Null(without.NationalityAgrees);
        Assert.True(none.Score < overlap.Score);
        Assert.False(none.NationalityAgrees);
    }

    [Fact]
    public void NationalityUnknown_IsNotCountedAsADisagreement()
    {
        var record = Record("Mohamed Hassan", Born, Sex.Unknown, Nationality.Unknown);
        var unknown = PersonMatcher.Score(new PersonQuery("Muhammad Hasan", Born, ["SY"]), record);
        Assert.Null(unknown.NationalityAgrees);
        Assert.Equal(PersonMatcher.Score(new PersonQuery("Muhammad Hasan", Born), record).Score, unknown.Score);
    }

    [Fact]
    public void Alias_WithItsOwnBirthDate_IsComparedWithThatDate()
    {
        // Registered as Ahmed Karimi born 1992-05-05; also known as Ahmed Rahimi, declared born 1985-11-20 under that name.
        var withAliasDate = new MatchRecord("r",
            [KnownName.Of("Karimi", "Ahmed", NameSource.Primary, null), KnownName.Of("Rahimi", "Ahmed", NameSource.Alias, new PartialDate(1985, 11, 20))],
            new PartialDate(1992, 5, 5), Sex.Unknown, []);
        var withoutAliasDate = withAliasDate with
        {
            Names = [KnownName.Of("Karimi", "Ahmed", NameSource.Primary, null), KnownName.Of("Rahimi", "Ahmed", NameSource.Alias, null)],
        };
        var query = new PersonQuery("Ahmed Rahimi", new PartialDate(1985, 11, 20));

        var result = PersonMatcher.Score(query, withAliasDate);
        Assert.Equal(NameSource.Alias, result.MatchedName.Source);
        Assert.Equal(DateAgreement.Equal, result.BirthDate.How);
        AssertLikelyMatch(result, "the alias and its own birth date");
        Assert.True(result.Score > PersonMatcher.Score(query, withoutAliasDate).Score);
    }

    [Fact]
    public void Alias_SameNameAsPrimaryWithAnotherBirthDate_IsFoundByThatDate()
    {
        var record = new MatchRecord("r",
            [KnownName.Of("Karimi", "Ahmed", NameSource.Primary, null), KnownName.Of("Karimi", "Ahmed", NameSource.Alias, new PartialDate(1985, 11, 20))],
            new PartialDate(1992, 5, 5), Sex.Unknown, []);
        var result = PersonMatcher.Score(new PersonQuery("Ahmed Karimi", new PartialDate(1985, 11, 20)), record);
        Assert.Equal(NameSource.Alias, result.MatchedName.Source);
        Assert.Equal(DateAgreement.Equal, result.BirthDate.How);
    }

    [Fact]
    public void Alias_InOriginalScript_IsSearchedLikeAnyName()
    {
        var record = new MatchRecord("r",
            [KnownName.Of("Lavrov", "Sergey", NameSource.Primary, null), KnownName.Of("Сергей Лавров", NameSource.OriginalScript, null)],
            Born, Sex.Unknown, []);
        AssertLikelyMatch(PersonMatcher.Score(new PersonQuery("Лавров Сергей", Born), record), "query in Cyrillic");
    }

    [Fact]
    public void Score_StaysBetweenZeroAndOne()
    {
        var best = PersonMatcher.Score(new PersonQuery("Mohamed Hassan", Born, ["SY"], Sex.Male), Record("Mohamed Hassan", Born, Sex.Male, "SY"));
        var worst = PersonMatcher.Score(new PersonQuery("Zyxwq Plorbant", Born, ["SY"], Sex.Male), Record("Mohamed Hassan", new PartialDate(1975, 8, 1), Sex.Female, "MA"));
        Assert.InRange(best.Score, 0, 1);
        Assert.InRange(worst.Score, 0, 1);
        Assert.True(best.Score >= PersonMatcher.LikelyMatch);
    }
}
