using System.Globalization;
using System.Text;

namespace Itinera.Domain.Identity;

/// <summary>How the values of an extra attribute are compared.</summary>
public enum AttributeComparison
{
    /// <summary>Identifiers and codes (social security number, national number, postcode, house number): the same
    /// letters and digits once spaces, dots and dashes are set aside. A typing error is a disagreement.</summary>
    Exact,
    /// <summary>Free text (street, suburb, place of birth): Jaro-Winkler similarity of at least
    /// <see cref="RecordLinkage.SimilarText"/> after case and spacing are set aside, so a typing error still agrees.</summary>
    Similar,
}

/// <summary>Whether the records that share an attribute's value are put side by side as candidates.</summary>
public enum AttributeBlocking
{
    None,
    /// <summary>Records with the same value are compared (identifiers: a shared number is worth a look whatever the name says).</summary>
    Alone,
    /// <summary>Records with the same value and the same birth year are compared (a postcode alone holds too many persons).</summary>
    WithBirthYear,
}

/// <summary>
/// An extra field of a record (<see cref="MatchRecord.Attributes"/>) that linkage compares. Fields of one
/// <paramref name="Group"/> describe one fact (postcode, suburb and state all say where someone lives) and are
/// counted together once, see <see cref="RecordLinkage"/>. <paramref name="M"/> is the chance that two records of
/// the same person agree on the field when both have it.
/// </summary>
public sealed record LinkageAttribute(
    string Name, AttributeComparison Comparison, string? Group = null, AttributeBlocking Blocking = AttributeBlocking.None,
    double M = RecordLinkage.DefaultM);

/// <summary>One attribute present on both records: whether it agreed, and the evidence (natural log of the likelihood ratio) it carries alone.</summary>
public sealed record AttributeEvidence(string Name, bool Agrees, double Weight);

/// <summary>The evidence of one group of attributes as counted in the total (see <see cref="RecordLinkage"/>).</summary>
public sealed record GroupEvidence(string Group, double Weight, bool Capped, IReadOnlyList<AttributeEvidence> Attributes);

/// <summary>
/// The verdict on a pair of records: <see cref="Score"/> from 0 to 1 (the total evidence <see cref="LogOdds"/> read
/// as a probability; 0.5 = as much for as against), with its parts.
/// </summary>
public sealed record LinkageResult(
    double Score, double LogOdds, MatchResult? Person, double PersonWeight, DateComparisonResult? BirthDateOnly,
    IReadOnlyList<GroupEvidence> Groups)
{
    /// <summary>The reasons, readable by an officer: "name 0.93 (…); birth date equal; soc_sec_id agrees +8.4; …".</summary>
    public string Reasons()
    {
        var parts = new List<string>();
        if (Person is { } p)
        {
            var words = string.Join(", ", p.Name.Parts.Select(x => x.How == NameAgreement.Exact ? x.Query : $"{x.Query}~{x.Matched} {Word(x.How)}"));
            parts.Add(F($"name {p.Name.Score:0.00} ({(words.Length > 0 ? words : "nothing in common")})"));
            parts.Add("birth date " + Word(p.BirthDate.How));
            if (p.SexAgrees is { } s) parts.Add(s ? "sex agrees" : "sex differs");
            if (p.NationalityAgrees is { } n) parts.Add(n ? "nationality agrees" : "nationality differs");
        }
        else
        {
            parts.Add("name not compared (missing)");
            if (BirthDateOnly is { } d) parts.Add("birth date " + Word(d.How));
        }
        parts.Add(F($"name and birth date {PersonWeight:+0.0;-0.0}"));
        foreach (var g in Groups)
        {
            if (g.Attributes.Count == 1 && !g.Capped)
            {
                var a = g.Attributes[0];
                parts.Add(F($"{a.Name} {(a.Agrees ? "agrees" : "differs")} {a.Weight:+0.0;-0.0}"));
                continue;
            }
            var each = string.Join(", ", g.Attributes.Select(a => $"{a.Name} {(a.Agrees ? "agrees" : "differs")}"));
            parts.Add(F($"{g.Group} ({each}) {g.Weight:+0.0;-0.0}{(g.Capped ? " capped" : "")}"));
        }
        return string.Join("; ", parts);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Word(NameAgreement how) => how switch
    {
        NameAgreement.Spelling => "spelling",
        NameAgreement.Typo => "typo",
        NameAgreement.Joined => "joined",
        NameAgreement.Initial => "initial",
        _ => "exact",
    };

    private static string Word(DateAgreement how) => how switch
    {
        DateAgreement.NotCompared => "not compared",
        DateAgreement.Equal => "equal",
        DateAgreement.KnownPartsAgree => "known parts agree",
        DateAgreement.JanuaryFirstPlaceholder => "1 January placeholder",
        DateAgreement.DayMonthSwapped => "day and month swapped",
        DateAgreement.OneYearOff => "one year off",
        DateAgreement.OneDigit => "one digit differs",
        DateAgreement.YearAndMonth => "year and month agree",
        DateAgreement.YearOnly => "year only agrees",
        _ => "differs",
    };
}

/// <summary>
/// Decides whether two records describe the same person: a small Fellegi–Sunter model (Fellegi and Sunter, 1969)
/// whose every term can be read back to an officer.
/// <para><b>Evidence.</b> Each comparison adds evidence, the natural logarithm of a likelihood ratio: how much more
/// often the observed outcome happens between two records of the same person than between two records of different
/// persons. The sum is the log-odds of the pair; <see cref="LinkageResult.Score"/> is the matching probability
/// 1 / (1 + e^−sum). A score of 0.5 means the evidence for and against weigh the same.</para>
/// <para><b>Name and birth date.</b> These are scored by <see cref="PersonMatcher"/> (record against record,
/// queryShare 0.5), which knows transliteration, word order and date errors better than a field-by-field
/// comparison could. Its score s (0 to 1) is not a probability, so it is placed on the evidence scale by three
/// points joined by straight lines: s = <see cref="PersonMatcher.LikelyMatch"/>, the registry's duplicate-warning
/// level, is neutral (0), so that with no extra attribute linkage accepts exactly the pairs the duplicate warning
/// would show; s = 1 (the whole name and the birth date agree) is <see cref="PersonAgrees"/>; s = 0 (nothing in
/// common) is <see cref="PersonDiffers"/>, two fields disagreeing (surname and given names, each ln(1 − m)).
/// The scale is lopsided on purpose: chance agreement on a whole name and birth date is rare, whereas one person's
/// names are often misspelt, replaced or left out between two registrations. When a record has no name at all, the
/// name is not compared: it is taken to stand at the warning level and the birth date moves it as
/// <see cref="PersonMatcher"/> would (an equal date is neutral, a conflicting one counts against).</para>
/// <para><b>Extra attributes</b> (<see cref="MatchRecord.Attributes"/>) are compared only when both records have
/// them; a missing value says nothing. With m the chance that records of one person agree (typing errors and
/// updates make it less than 1, <see cref="DefaultM"/> by default) and u the chance that records of two persons
/// agree, agreement adds ln(m/u) and disagreement ln((1−m)/(1−u)). u is measured on the data being linked
/// (<see cref="LinkageModel.Estimate"/>): agreeing on a postcode shared by a tenth of the file says little, on a
/// social security number much.</para>
/// <para><b>Groups.</b> The model assumes the fields independent; fields that describe one fact are not (someone's
/// suburb, postcode and state move together). Their evidence is summed and then held between the strongest single
/// disagreement and the strongest single agreement in the group, so one fact is never counted twice.</para>
/// </summary>
public static class RecordLinkage
{
    /// <summary>Default chance that two records of one person agree on a field both have (90 %: about one field in
    /// ten carries a typing error, an abbreviation or an update between two registrations).</summary>
    public const double DefaultM = 0.9;

    /// <summary>Jaro-Winkler similarity from which two free-text values agree (Winkler's usual cut for names and streets).</summary>
    public const double SimilarText = 0.9;

    /// <summary>Evidence of a perfect name-and-date score (odds of about 400 to 1): what an agreement on a full
    /// name is worth when about one pair of registry persons in 450 shares it (ln(m/u), m = 0.9, u ≈ 1/450), before
    /// the birth date is counted. A conservative figure: names are compared, not looked up in a frequency table.</summary>
    public const double PersonAgrees = 6;

    /// <summary>Evidence of a name-and-date score of 0: two fields that disagree, 2 ln(1 − <see cref="DefaultM"/>) ≈ −4.6.</summary>
    public static readonly double PersonDiffers = 2 * Math.Log(1 - DefaultM);

    /// <summary>The probability read from a log-odds.</summary>
    public static double Probability(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    /// <summary>The evidence carried by the name-and-date score of <see cref="PersonMatcher"/> (see the class remarks).</summary>
    public static double PersonEvidence(double personScore)
    {
        var s = Math.Clamp(personScore, 0, 1);
        const double t = PersonMatcher.LikelyMatch;
        return s >= t ? (s - t) / (1 - t) * PersonAgrees : (t - s) / t * PersonDiffers;
    }

    /// <summary>ln(m/u) for an agreement, ln((1−m)/(1−u)) for a disagreement.</summary>
    public static double AttributeEvidence(bool agrees, double m, double u) =>
        agrees ? Math.Log(m / u) : Math.Log((1 - m) / (1 - u));

    /// <summary>The attribute's value ready for comparison, or null when it is blank.</summary>
    public static string? Normalise(string? value, AttributeComparison comparison)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0 && comparison == AttributeComparison.Similar) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else space = true;
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Whether two normalised values agree.</summary>
    public static bool Agrees(string a, string b, AttributeComparison comparison) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (comparison == AttributeComparison.Similar && JaroWinkler.Similarity(a, b) >= SimilarText);

    /// <summary>
    /// The evidence of one group: the sum of its attributes' evidence, held between the most negative and the most
    /// positive single weight of the group (one fact counts once, for or against).
    /// </summary>
    public static GroupEvidence Combine(string group, IReadOnlyList<AttributeEvidence> attributes)
    {
        if (attributes.Count == 0) return new(group, 0, false, attributes);
        var sum = attributes.Sum(a => a.Weight);
        var low = Math.Min(0, attributes.Min(a => a.Weight));
        var high = Math.Max(0, attributes.Max(a => a.Weight));
        var held = Math.Clamp(sum, low, high);
        return new(group, held, Math.Abs(held - sum) > 1e-9, attributes);
    }
}

/// <summary>The attributes to compare, with the chance u of a chance agreement on each, measured on the data.</summary>
public sealed class LinkageModel
{
    private readonly Dictionary<string, double> u;
    private readonly Dictionary<string, Dictionary<string, int>> counts;
    private readonly int pool;

    public IReadOnlyList<LinkageAttribute> Attributes { get; }

    private LinkageModel(IReadOnlyList<LinkageAttribute> attributes, Dictionary<string, double> u, Dictionary<string, Dictionary<string, int>> counts, int pool)
    {
        Attributes = attributes;
        this.u = u;
        this.counts = counts;
        this.pool = pool;
    }

    /// <summary>u of an attribute: the chance that two records of different persons agree on it.</summary>
    public double U(string attribute) => u[attribute];

    /// <summary>
    /// u for an agreement on this value of an exactly compared attribute (frequency-based matching, Winkler): the
    /// chance that yet another record of the file holds it, (c − 2 + ½) / (n − 1) with c the records holding the
    /// value, the two compared included, and n the records measured (one without the attribute does not hold the
    /// value). A social security number found on just the two records compared is then very telling; a placeholder
    /// number or a city's main postcode held by a twentieth of the file says no more than one chance in twenty.
    /// The attribute's u when the value was not measured.
    /// </summary>
    public double U(string attribute, string normalisedValue) =>
        counts.TryGetValue(attribute, out var byValue) && byValue.TryGetValue(normalisedValue, out var c) && pool > 1
            ? Math.Min((Math.Max(c - 2, 0) + 0.5) / (pool - 1), 0.5)
            : u[attribute];

    /// <summary>A model with given u values (tests, or figures known from elsewhere).</summary>
    public static LinkageModel WithU(IReadOnlyList<LinkageAttribute> attributes, IReadOnlyDictionary<string, double> u) =>
        new(attributes, attributes.ToDictionary(a => a.Name, a => Math.Clamp(u[a.Name], 1e-9, 0.5), StringComparer.Ordinal), [], 0);

    /// <summary>
    /// Measures u on the records to be linked (both files pooled for a linkage). Two records drawn at random are
    /// almost always two persons, so u is the share of pairs of records holding the attribute that agree on it.
    /// For exact comparison that is counted exactly, Σ c(c − 1)/2 over the values' counts c, out of n(n − 1)/2 pairs,
    /// plus one half in both (a value nobody shares is then rare, not impossible). Free text also agrees on near
    /// values, so it is also measured on <paramref name="samples"/> random pairs (a fixed seed: the same file gives
    /// the same model), keeping the larger figure so as never to overstate how rare an agreement is. u is at most
    /// 0.5: an attribute on which random persons agree half the time says next to nothing anyway.
    /// </summary>
    public static LinkageModel Estimate(IReadOnlyList<LinkageAttribute> attributes, IEnumerable<MatchRecord> records, int samples = 20_000)
    {
        var list = records as IReadOnlyList<MatchRecord> ?? records.ToList();
        var u = new Dictionary<string, double>(StringComparer.Ordinal);
        var valueCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var values = new List<string>();
            foreach (var r in list)
                if (r.Attributes is { } attrs && attrs.TryGetValue(attribute.Name, out var raw)
                    && RecordLinkage.Normalise(raw, attribute.Comparison) is { } v)
                    values.Add(v);
            if (values.Count < 2) { u[attribute.Name] = 0.5; continue; }
            double n = values.Count;
            var byValue = values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var agreeing = byValue.Values.Sum(c => c * (c - 1.0) / 2);
            var estimate = (agreeing + 0.5) / (n * (n - 1) / 2 + 1);
            if (attribute.Comparison == AttributeComparison.Similar)
            {
                var random = new Random(20_240_601);
                var agree = 0;
                for (var i = 0; i < samples; i++)
                {
                    var x = random.Next(values.Count);
                    var y = random.Next(values.Count - 1);
                    if (y >= x) y++;
                    if (RecordLinkage.Agrees(values[x], values[y], attribute.Comparison)) agree++;
                }
                estimate = Math.Max(estimate, (double)agree / samples);
            }
            else valueCounts[attribute.Name] = byValue;
            u[attribute.Name] = Math.Min(estimate, 0.5);
        }
        return new LinkageModel(attributes, u, valueCounts, list.Count);
    }

    /// <summary>Compares two records: name and birth date through <see cref="PersonMatcher"/>, then every attribute both have.</summary>
    /// <param name="weight">How much agreeing on a name word says (<see cref="PersonIndex{T}.Weight"/>).</param>
    public LinkageResult Compare(MatchRecord a, MatchRecord b, Func<NameToken, double>? weight = null)
    {
        MatchResult? person = null;
        DateComparisonResult? dateOnly = null;
        double personWeight;
        if (a.Names.Any(n => n.Tokens.Count > 0) && b.Names.Any(n => n.Tokens.Count > 0))
        {
            foreach (var name in a.Names)
            {
                if (name.Tokens.Count == 0) continue;
                var query = new PersonQuery(name.Display, name.BirthDate ?? a.BirthDate, a.Nationalities, a.Sex);
                var match = PersonMatcher.Score(query, b, weight, queryShare: 0.5);
                if (person is null || match.Score > person.Score) person = match;
            }
            personWeight = RecordLinkage.PersonEvidence(person!.Score);
        }
        else
        {
            // No name on one side: the name is taken as standing at the warning level; the birth date moves it as
            // PersonMatcher would (full weight at an equal date, 60 % at a conflicting one).
            dateOnly = BirthDateComparison.Compare(a.BirthDate, b.BirthDate);
            personWeight = RecordLinkage.PersonEvidence(PersonMatcher.LikelyMatch * (0.6 + 0.4 * dateOnly.Score));
        }

        var groups = new List<GroupEvidence>();
        var grouped = new Dictionary<string, List<AttributeEvidence>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var attribute in Attributes)
        {
            if (Value(a, attribute) is not { } x || Value(b, attribute) is not { } y) continue;
            var agrees = RecordLinkage.Agrees(x, y, attribute.Comparison);
            var evidence = new AttributeEvidence(attribute.Name, agrees,
                RecordLinkage.AttributeEvidence(agrees, attribute.M, agrees ? U(attribute.Name, x) : u[attribute.Name]));
            var key = attribute.Group ?? attribute.Name;
            if (!grouped.TryGetValue(key, out var members))
            {
                grouped[key] = members = [];
                order.Add(key);
            }
            members.Add(evidence);
        }
        foreach (var key in order) groups.Add(RecordLinkage.Combine(key, grouped[key]));
        var logOdds = personWeight + groups.Sum(g => g.Weight);
        return new LinkageResult(Math.Round(RecordLinkage.Probability(logOdds), 4), logOdds, person, personWeight, dateOnly, groups);
    }

    private static string? Value(MatchRecord r, LinkageAttribute attribute) =>
        r.Attributes is { } attrs && attrs.TryGetValue(attribute.Name, out var raw) ? RecordLinkage.Normalise(raw, attribute.Comparison) : null;
}
