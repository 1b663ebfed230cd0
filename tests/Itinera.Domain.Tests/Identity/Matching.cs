using Itinera.Domain.Identity;
using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Identity;

/// <summary>Builds queries and records for the matching tests.</summary>
internal static class Matching
{
    /// <summary>A birth date both sides agree on, so that the name alone decides the score.</summary>
    public static readonly PartialDate Born = new(1990, 3, 12);

    public static MatchRecord Record(string name, PartialDate? born, Sex sex = Sex.Unknown, params string[] nationalities) =>
        new("r", [KnownName.Of(name, NameSource.Primary, null)], born, sex, nationalities);

    /// <summary>The search for <paramref name="query"/> against a record of <paramref name="recorded"/>, both with the same birth date.</summary>
    public static MatchResult SameBirthDate(string query, string recorded) =>
        PersonMatcher.Score(new PersonQuery(query, Born), Record(recorded, Born));

    /// <summary>The search by name alone against a record without a birth date.</summary>
    public static MatchResult NameOnly(string query, string recorded) =>
        PersonMatcher.Score(new PersonQuery(query), Record(recorded, null));

    public static void AssertLikelyMatch(MatchResult result, string because) =>
        Assert.True(result.Score >= PersonMatcher.LikelyMatch,
            $"{because}: expected a likely match (≥ {PersonMatcher.LikelyMatch}), got {result.Score} ({Describe(result)})");

    public static void AssertNotLikelyMatch(MatchResult result, string because) =>
        Assert.True(result.Score < PersonMatcher.LikelyMatch,
            $"{because}: expected no likely match (< {PersonMatcher.LikelyMatch}), got {result.Score} ({Describe(result)})");

    public static string Describe(MatchResult r) =>
        string.Join("; ", r.Name.Parts.Select(p => $"{p.Query}→{p.Matched} {p.How}")) + $"; date {r.BirthDate.How}";
}
