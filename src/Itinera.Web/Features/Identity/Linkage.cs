using System.Diagnostics;
using System.Globalization;
using System.Text;
using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using Itinera.Web.Features.Dossiers;

namespace Itinera.Web.Features.Identity;

/// <summary>The layouts <see cref="Linkage"/> reads, told apart by their header.</summary>
public enum LinkFormat
{
    /// <summary>The import CSV of <c>import persons</c> (<see cref="PersonImport.Header"/>).</summary>
    Import,
    /// <summary>FEBRL's synthetic person files (rec_id, given_name, surname, address fields, date_of_birth YYYYMMDD, soc_sec_id).</summary>
    Febrl,
}

/// <summary>One row read for linkage: the id written to the output (rec_id, external_id or "line N") and the record as the matcher sees it.</summary>
public sealed record LinkRecord(string Id, int Line, MatchRecord Record);

public sealed record LinkFile(LinkFormat Format, IReadOnlyList<LinkRecord> Records);

/// <summary>A candidate pair and its verdict.</summary>
public sealed record LinkPair(LinkRecord Left, LinkRecord Right, LinkageResult Result);

public sealed record LinkOutcome(IReadOnlyList<LinkPair> Pairs, int CandidatesCompared, LinkageModel Model);

/// <summary>
/// Batch record linkage for the <c>link</c> verb: reads files, finds candidate pairs, scores them with the domain's
/// <see cref="LinkageModel"/> and writes <c>left_id,right_id,score,reasons</c>. Needs no database.
/// <para>Candidates (a pair is scored in full only when it shares one of these): the name index
/// (<see cref="PersonIndex{T}"/>: shared sound keys of name words, typing errors included), the same full birth
/// date, the same postcode and birth year, the same identifier (soc_sec_id, national_number). The last three find
/// the records whose names are too corrupted for the name keys. A birth date, postcode or identifier shared by more
/// than <see cref="MaxBlock"/> records (a placeholder such as 1 January 1980) is not used as a key.</para>
/// </summary>
public static class Linkage
{
    /// <summary>Default threshold: even odds, as much evidence for as against the pair being one person.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>A blocking value shared by more records than this is not used to propose pairs.</summary>
    public const int MaxBlock = 300;

    /// <summary>How many records the name index proposes for each record.</summary>
    public const int NameCandidates = 40;

    public static readonly string[] FebrlHeader =
        ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"];

    /// <summary>FEBRL's extra fields. The house, street and building say one fact (the address); suburb, postcode
    /// and state another (the place): each group counts once. The social security number is an identifier.</summary>
    public static readonly IReadOnlyList<LinkageAttribute> FebrlAttributes =
    [
        new("soc_sec_id", AttributeComparison.Exact, Blocking: AttributeBlocking.Alone),
        new("street_number", AttributeComparison.Exact, Group: "address"),
        new("address_1", AttributeComparison.Similar, Group: "address"),
        new("address_2", AttributeComparison.Similar, Group: "address"),
        new("suburb", AttributeComparison.Similar, Group: "place"),
        new("postcode", AttributeComparison.Exact, Group: "place", Blocking: AttributeBlocking.WithBirthYear),
        new("state", AttributeComparison.Exact, Group: "place"),
    ];

    /// <summary>The import format's extra fields. A place of birth is written in more ways than an address (town or
    /// village, with or without the country, several transliterations), so two records of one person agree on it
    /// less often: m = 0.8. external_id is kept (it names the output row) but not compared: it numbers a row in
    /// its source system, not a person, and two systems' numbers may collide.</summary>
    public static readonly IReadOnlyList<LinkageAttribute> ImportAttributes =
    [
        new("national_number", AttributeComparison.Exact, Blocking: AttributeBlocking.Alone),
        new("birth_place", AttributeComparison.Similar, M: 0.8),
    ];

    /// <summary>Reads a file in either format. Throws <see cref="FormatException"/> for an unknown header.</summary>
    public static LinkFile Read(TextReader reader)
    {
        var rows = Csv.Read(reader).GetEnumerator();
        if (!rows.MoveNext()) throw new FormatException("The file is empty.");
        var header = rows.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        LinkFormat format;
        if (header.SequenceEqual(PersonImport.Header)) format = LinkFormat.Import;
        else if (header.SequenceEqual(FebrlHeader)) format = LinkFormat.Febrl;
        else throw new FormatException("The header is neither the import format (" + string.Join(',', PersonImport.Header)
                                       + ") nor FEBRL (" + string.Join(", ", FebrlHeader) + ").");
        var records = new List<LinkRecord>();
        while (rows.MoveNext())
        {
            var (line, raw) = rows.Current;
            if (raw.Count == 1 && raw[0].Trim().Length == 0) continue;
            var fields = raw.Select(f => f.Trim()).ToList();
            if (fields.Count != header.Count)
                throw new FormatException($"line {line}: expected {header.Count} fields, found {fields.Count}");
            records.Add(format == LinkFormat.Febrl ? FromFebrl(line, fields) : FromImport(line, fields));
        }
        return new LinkFile(format, records);
    }

    private static LinkRecord FromFebrl(int line, List<string> f)
    {
        var id = f[0].Length > 0 ? f[0] : $"line {line}";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 3; i <= 8; i++) if (f[i].Length > 0) attributes[FebrlHeader[i]] = f[i];
        if (f[10].Length > 0) attributes["soc_sec_id"] = f[10];
        var record = new MatchRecord(id, Names(f[1], f[2], null), FebrlDate(f[9]), Sex.Unknown, [], attributes);
        return new LinkRecord(id, line, record);
    }

    private static LinkRecord FromImport(int line, List<string> f)
    {
        // external_id,surname,given_names,sex,birth_date,nationality,birth_place,national_number,original_script_name
        var id = f[0].Length > 0 ? f[0] : $"line {line}";
        var sex = f[3].ToUpperInvariant() switch { "M" => Sex.Male, "F" => Sex.Female, _ => Sex.Unknown };
        var birth = PartialDate.TryParse(f[4], out var b) ? b : (PartialDate?)null;
        var nationality = Nationality.Normalise(f[5]);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f[0].Length > 0) attributes["external_id"] = f[0];
        if (f[6].Length > 0) attributes["birth_place"] = f[6];
        if (f[7].Length > 0) attributes["national_number"] = f[7];
        var record = new MatchRecord(id, Names(f[2], f[1], f[8]), birth, sex,
            Nationality.IsValidNationality(nationality) ? [nationality] : [], attributes);
        return new LinkRecord(id, line, record);
    }

    private static List<KnownName> Names(string given, string surname, string? originalScript)
    {
        var names = new List<KnownName>(2);
        if (surname.Length > 0 || given.Length > 0)
        {
            var name = surname.Length > 0 ? KnownName.Of(surname, given, NameSource.Primary, null) : KnownName.Of(given, NameSource.Primary, null);
            if (name.Tokens.Count > 0) names.Add(name);
        }
        if (!string.IsNullOrWhiteSpace(originalScript))
        {
            var name = KnownName.Of(originalScript, NameSource.OriginalScript, null);
            if (name.Tokens.Count > 0) names.Add(name);
        }
        return names;
    }

    /// <summary>YYYYMMDD; empty, corrupted or impossible dates are unknown.</summary>
    public static PartialDate? FebrlDate(string text)
    {
        if (text.Length != 8 || !text.All(char.IsAsciiDigit)) return null;
        return PartialDate.TryParse($"{text[..4]}-{text[4..6]}-{text[6..]}", out var d) ? d : null;
    }

    /// <summary>
    /// Scores the candidate pairs and keeps those at or above <paramref name="threshold"/>. Without
    /// <paramref name="right"/>, deduplicates <paramref name="left"/> (each unordered pair once, the earlier row on
    /// the left). Pairs come out by left row, best first.
    /// </summary>
    public static LinkOutcome Link(IReadOnlyList<LinkRecord> left, IReadOnlyList<LinkRecord>? right, double threshold,
        IReadOnlyList<LinkageAttribute>? attributes = null)
    {
        var dedup = right is null;
        var other = right ?? left;
        attributes ??= Attributes(left, other);
        var model = LinkageModel.Estimate(attributes, dedup ? left.Select(r => r.Record) : left.Select(r => r.Record).Concat(other.Select(r => r.Record)));

        // The index holds the right side under internal ids (row numbers), so repeated or empty ids do no harm.
        var index = new PersonIndex<int>();
        for (var j = 0; j < other.Count; j++)
            if (other[j].Record.Names.Count > 0) index.Upsert(other[j].Record with { Id = j.ToString(CultureInfo.InvariantCulture) }, j);

        // Candidate pairs first (for a deduplication each unordered pair once, whichever record proposed it). The
        // index and the model are only read from here on, so the rows are worked on in parallel.
        var blocks = Blocks(other, attributes);
        var proposed = new List<int>[left.Count];
        Parallel.For(0, left.Count, i =>
        {
            var a = left[i].Record;
            var list = new List<int>();
            foreach (var name in a.Names)
                foreach (var hit in index.Search(new PersonQuery(name.Display, a.BirthDate, a.Nationalities, a.Sex), NameCandidates, minimumScore: 0, queryShare: 0.5))
                    list.Add(hit.Payload);
            foreach (var key in BlockKeys(a, attributes))
                if (blocks.TryGetValue(key, out var members) && members.Count <= MaxBlock)
                    list.AddRange(members);
            proposed[i] = list;
        });
        var candidates = new HashSet<int>[left.Count];
        for (var i = 0; i < left.Count; i++) candidates[i] = [];
        for (var i = 0; i < left.Count; i++)
            foreach (var j in proposed[i])
                if (!dedup) candidates[i].Add(j);
                else if (i != j) candidates[Math.Min(i, j)].Add(Math.Max(i, j));

        var found = new List<LinkPair>[left.Count];
        Parallel.For(0, left.Count, i =>
        {
            var list = new List<LinkPair>();
            foreach (var j in candidates[i])
            {
                var result = model.Compare(left[i].Record, other[j].Record, index.Weight);
                if (result.Score >= threshold) list.Add(new LinkPair(left[i], other[j], result));
            }
            found[i] = [.. list.OrderByDescending(p => p.Result.LogOdds).ThenBy(p => p.Right.Line)];
        });
        return new LinkOutcome([.. found.SelectMany(f => f)], candidates.Sum(c => c.Count), model);
    }

    /// <summary>The attributes of the formats present (FEBRL's and the import format's).</summary>
    private static List<LinkageAttribute> Attributes(IReadOnlyList<LinkRecord> left, IReadOnlyList<LinkRecord> right)
    {
        var names = left.Concat(right).SelectMany(r => r.Record.Attributes?.Keys ?? []).ToHashSet(StringComparer.Ordinal);
        return FebrlAttributes.Concat(ImportAttributes).Where(a => names.Contains(a.Name)).ToList();
    }

    private static Dictionary<string, List<int>> Blocks(IReadOnlyList<LinkRecord> records, IReadOnlyList<LinkageAttribute> attributes)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < records.Count; j++)
            foreach (var key in BlockKeys(records[j].Record, attributes))
            {
                if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
                list.Add(j);
            }
        return blocks;
    }

    private static IEnumerable<string> BlockKeys(MatchRecord r, IReadOnlyList<LinkageAttribute> attributes)
    {
        if (r.BirthDate is { Day: not null } date) yield return "date:" + date;
        foreach (var attribute in attributes)
        {
            if (attribute.Blocking == AttributeBlocking.None || r.Attributes is null
                || !r.Attributes.TryGetValue(attribute.Name, out var raw)
                || RecordLinkage.Normalise(raw, attribute.Comparison) is not { } value) continue;
            if (attribute.Blocking == AttributeBlocking.Alone) yield return attribute.Name + ":" + value;
            else if (r.BirthDate is { } b) yield return string.Create(CultureInfo.InvariantCulture, $"{attribute.Name}+year:{value}:{b.Year}");
        }
    }

    public static void Write(TextWriter writer, IEnumerable<LinkPair> pairs)
    {
        writer.WriteLine("left_id,right_id,score,reasons");
        foreach (var p in pairs)
            writer.WriteLine(string.Join(',', Quote(p.Left.Id), Quote(p.Right.Id),
                p.Result.Score.ToString("0.0000", CultureInfo.InvariantCulture), Quote(p.Result.Reasons())));
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>The <c>link</c> verb: <c>--left A.csv [--right B.csv] --out pairs.csv [--threshold T]</c>. 0 done, 1 failed, 2 bad usage.</summary>
    public static int Run(Func<string, string?> option, TextWriter output, TextWriter error)
    {
        var leftPath = option("left");
        var outPath = option("out");
        if (leftPath is null || outPath is null) return Usage(error, "link needs --left FILE and --out FILE.");
        var threshold = DefaultThreshold;
        if (option("threshold") is { } t && (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || threshold is < 0 or > 1))
            return Usage(error, "--threshold is a number from 0 to 1.");
        var rightPath = option("right");
        var started = Stopwatch.StartNew();
        LinkFile left, right;
        try
        {
            left = ReadFile(leftPath);
            right = rightPath is null ? left : ReadFile(rightPath);
        }
        catch (Exception e) when (e is FormatException or IOException or DecoderFallbackException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        var outcome = Link(left.Records, rightPath is null ? null : right.Records, threshold);
        try
        {
            using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
            Write(writer, outcome.Pairs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(rightPath is null ? $"Deduplicated {left.Records.Count} {Label(left.Format)} records" : $"Linked {left.Records.Count} {Label(left.Format)} to {right.Records.Count} {Label(right.Format)} records")}: "
            + $"{outcome.CandidatesCompared} candidate pairs compared, {outcome.Pairs.Count} at or above {threshold:0.###} written to {outPath} in {started.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    private static string Label(LinkFormat format) => format == LinkFormat.Febrl ? "FEBRL" : "import-format";

    private static LinkFile ReadFile(string path)
    {
        if (!File.Exists(path)) throw new IOException($"No such file: {path}");
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try { return Read(reader); }
        catch (FormatException e) { throw new FormatException($"{path}: {e.Message}", e); }
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine(Cli.CommandLine.Usage);
        return 2;
    }
}
