using Itinera.Domain.Persons;

namespace Itinera.Domain.Identity;

/// <summary>Where a name of a person comes from.</summary>
public enum NameSource { Primary, Alias, OriginalScript }

/// <summary>One name a person is known by, with the birth date that goes with it (an alias may carry its own).</summary>
public sealed record KnownName(string Display, IReadOnlyList<NameToken> Tokens, NameSource Source, PartialDate? BirthDate)
{
    public static KnownName Of(string surname, string? givenNames, NameSource source, PartialDate? birthDate) =>
        new(string.IsNullOrWhiteSpace(givenNames) ? surname : $"{surname}, {givenNames}",
            NameText.Tokens(string.IsNullOrWhiteSpace(givenNames) ? surname : surname + " " + givenNames), source, birthDate);

    public static KnownName Of(string written, NameSource source, PartialDate? birthDate) =>
        new(written, NameText.Tokens(written), source, birthDate);
}

/// <summary>A person as the matcher sees them: every name they are known by, and what else identifies them.</summary>
public sealed record MatchRecord(
    string Id, IReadOnlyList<KnownName> Names, PartialDate? BirthDate, Sex Sex, IReadOnlyList<string> Nationalities,
    IReadOnlyDictionary<string, string>? Attributes = null);

/// <summary>What an officer searches with: a name (required), and possibly a birth date, nationality and sex.</summary>
public sealed record PersonQuery(string Name, PartialDate? BirthDate = null, IReadOnlyList<string>? Nationalities = null, Sex Sex = Sex.Unknown)
{
    public IReadOnlyList<NameToken> Tokens { get; } =
        SomaliOrthography.Writes(Nationalities) ? SomaliOrthography.ReadAll(NameText.Tokens(Name)) : NameText.Tokens(Name);
}

public sealed record MatchResult(
    double Score, KnownName MatchedName, NameComparisonResult Name, DateComparisonResult BirthDate,
    bool? SexAgrees, bool? NationalityAgrees, IReadOnlyList<string> AttributesAgreeing);

/// <summary>
/// Scores how likely a record is the person searched for, from 0 to 1, with the reasons. The name decides most; the
/// birth date confirms or contradicts it (so that a common name with the wrong birth date ranks below the right
/// person spelt differently); sex and nationality adjust.
/// </summary>
public static class PersonMatcher
{
    /// <summary>From this score a record is shown as a likely match (the duplicate warning's threshold).</summary>
    public const double LikelyMatch = 0.75;

    public static MatchResult Score(PersonQuery query, MatchRecord record, Func<NameToken, double>? weight = null, double queryShare = 0.75)
    {
        weight ??= _ => 1;
        record = SomaliOrthography.ReadIfSomali(record);
        MatchResult? best = null;
        foreach (var name in record.Names)
        {
            var n = NameComparison.Compare(query.Tokens, name.Tokens, weight, queryShare);
            if (best is not null && n.Score <= best.Name.Score - 0.3) continue;
            var d = BirthDateComparison.Compare(query.BirthDate, name.BirthDate ?? record.BirthDate);
            var score = Combine(n.Score, d, query, record, out var sexAgrees, out var natAgrees);
            if (best is null || score > best.Score)
                best = new MatchResult(score, name, n, d, sexAgrees, natAgrees, []);
        }
        return best ?? new MatchResult(0, new KnownName("", [], NameSource.Primary, null), new(0, 0, 0, []),
            new(DateAgreement.NotCompared, 0.5, []), null, null, []);
    }

    /// <summary>What the birth date multiplies the name's score by: 0.85 when one side has no date, from 0.6 (dates
    /// differ) to 1 (same date).</summary>
    public static double DateFactor((DateAgreement How, double Score) date) =>
        date.How == DateAgreement.NotCompared ? 0.85 : 0.6 + 0.4 * date.Score;

    private static double Combine(double name, DateComparisonResult date, PersonQuery query, MatchRecord record, out bool? sexAgrees, out bool? natAgrees)
    {
        var score = name * DateFactor((date.How, date.Score));
        sexAgrees = query.Sex == Sex.Unknown || record.Sex == Sex.Unknown ? null : query.Sex == record.Sex;
        if (sexAgrees == false) score *= 0.85;
        natAgrees = null;
        var qn = query.Nationalities?.Where(Known).ToList() ?? [];
        var rn = record.Nationalities.Where(Known).ToList();
        if (qn.Count > 0 && rn.Count > 0)
        {
            natAgrees = qn.Intersect(rn, StringComparer.OrdinalIgnoreCase).Any();
            score = natAgrees.Value ? score + (1 - score) * 0.1 : score * 0.95;
        }
        return Math.Round(Math.Clamp(score, 0, 1), 4);
    }

    private static bool Known(string code) => !string.Equals(code, Nationality.Unknown, StringComparison.OrdinalIgnoreCase);
}
