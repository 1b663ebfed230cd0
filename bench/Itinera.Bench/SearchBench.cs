using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using Itinera.Web.Features.Demo;
using Itinera.Web.Features.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace Itinera.Bench;

/// <summary>
/// Person search over a synthetic registry, through the real HTTP API and, side by side, a PostgreSQL pg_trgm query over
/// the same persons table. Queries are variants of sampled persons (the right answer is known: their external id) and
/// "nobody" queries that match no one by construction. See bench/README.md and bench/search.sh.
/// </summary>
internal static class SearchBench
{
    // The kinds the issue asks for; "overall" is over these. "combined" is reported apart (harder than asked).
    private static readonly string[] Kinds =
    [
        "exact", "spelling-variants", "spelling-vowels", "original-script", "order-swapped", "typo",
        "date-year-only", "date-day-month-swapped", "date-one-year-off", "date-1-january",
    ];

    private const string Combined = "combined";
    private const string NobodyNewName = "nobody-new-name";
    private const string NobodyOtherDate = "nobody-known-name-other-date";

    /// <summary>pg_trgm similarity threshold for the % operator (the extension's default).</summary>
    private const double TrigramThreshold = 0.3;

    private const string TrigramSql = """
        SELECT c."ExternalId", c.sim FROM (
          SELECT p."ExternalId", p."BirthDate",
                 greatest(similarity(p."Surname" || ' ' || p."GivenNames", @q), coalesce(similarity(p."OriginalScriptName", @q), 0)) AS sim
          FROM persons p
          WHERE (p."Surname" || ' ' || p."GivenNames") % @q OR p."OriginalScriptName" % @q) c
        ORDER BY c.sim + CASE WHEN @y IS NULL OR c."BirthDate" IS NULL THEN 0
                              WHEN left(c."BirthDate", 4)::int = @y THEN 0.1
                              WHEN abs(left(c."BirthDate", 4)::int - @y) = 1 THEN 0.05
                              ELSE 0 END DESC, c."ExternalId"
        LIMIT 10
        """;

    private sealed record Person(string ExternalId, string Surname, string GivenNames, string Sex, string BirthDate, string Nationality, string Script)
    {
        public string Name => GivenNames.Length == 0 ? Surname : Surname + " " + GivenNames;
        public PartialDate? Birth => PartialDate.TryParse(BirthDate, out var d) ? d : null;
    }

    /// <param name="Target">Index of the person sought, -1 for a nobody-query.</param>
    /// <param name="Accept">External ids that count as the right answer at rank 1: the target and the persons the query
    /// cannot tell from it (same name, birth date at least as consistent with the query's).</param>
    private sealed record Query(string Kind, string Name, string? BirthDate, int Target, string? TargetId, HashSet<string> Accept);

    private sealed record Hit(string ExternalId, double Score, bool Likely, string Name);

    private sealed record Outcome(Query Query, double Ms, IReadOnlyList<Hit> Hits)
    {
        /// <summary>1-based rank of the person sought among the hits, 0 when absent (or a nobody-query).</summary>
        public int Rank
        {
            get
            {
                for (var i = 0; i < Hits.Count; i++) if (Hits[i].ExternalId == Query.TargetId) return i + 1;
                return 0;
            }
        }

        public bool Top1 => Hits.Count > 0 && Query.Accept.Contains(Hits[0].ExternalId);
        public bool Top10 => Rank > 0 || Top1;
        public bool FalseAlarm => Query.Target < 0 && Hits.Count > 0 && Hits[0].Likely;
        public bool Flagged => Top1 && Hits[0].Likely;
    }

    // ------------------------------------------------------------------ pg_trgm index (run before the server starts)

    public static async Task<int> IndexAsync(string[] args)
    {
        var cs = Arg(args, "--pg") ?? throw new ArgumentException("--pg CONNECTION_STRING");
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var sw = Stopwatch.StartNew();
        foreach (var sql in new[]
        {
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "SET maintenance_work_mem = '512MB'",
            """CREATE INDEX IF NOT EXISTS bench_persons_fullname_trgm ON persons USING gin (("Surname" || ' ' || "GivenNames") gin_trgm_ops)""",
            """CREATE INDEX IF NOT EXISTS bench_persons_script_trgm ON persons USING gin ("OriginalScriptName" gin_trgm_ops)""",
            "VACUUM ANALYZE persons",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
            await cmd.ExecuteNonQueryAsync();
        }
        await using var size = new NpgsqlCommand(
            "SELECT pg_size_pretty(pg_relation_size('bench_persons_fullname_trgm') + pg_relation_size('bench_persons_script_trgm')), pg_size_pretty(pg_total_relation_size('persons'))", conn);
        await using var r = await size.ExecuteReaderAsync();
        await r.ReadAsync();
        Console.WriteLine($"pg_trgm GIN indexes built in {sw.Elapsed.TotalSeconds:F1} s: {r.GetString(0)} (persons table with all its indexes: {r.GetString(1)})");
        return 0;
    }

    // ------------------------------------------------------------------ the benchmark

    public static async Task<int> RunAsync(string[] args)
    {
        var csv = Arg(args, "--csv") ?? throw new ArgumentException("--csv FILE");
        var url = Arg(args, "--url");
        var token = Arg(args, "--token");
        var pg = Arg(args, "--pg");
        var pid = Arg(args, "--server-pid");
        var sample = Int(args, "--sample", 2000);
        var nobody = Int(args, "--nobody", 500);
        var seed = Int(args, "--seed", 7);
        var warmup = Int(args, "--warmup", 200);
        var pgEvery = Int(args, "--pg-every", 1);
        var outDir = Arg(args, "--out") ?? ".";
        Directory.CreateDirectory(outDir);

        var load = Stopwatch.StartNew();
        var persons = Load(csv);
        var byName = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < persons.Count; i++)
        {
            var key = (persons[i].Surname, persons[i].GivenNames);
            if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
            list.Add(i);
        }
        Console.WriteLine($"Registry: {persons.Count:N0} persons from {csv} ({load.Elapsed.TotalSeconds:F1} s)");

        var rng = new Random(seed);
        var sampled = DistinctSample(rng, persons.Count, sample + warmup);
        var queries = new List<Query>();
        var notApplicable = new Dictionary<string, int>();
        foreach (var i in sampled.Take(sample))
            foreach (var (kind, q) in Variants(persons, i, byName, rng))
            {
                if (q is null) notApplicable[kind] = notApplicable.GetValueOrDefault(kind) + 1;
                else queries.Add(q);
            }
        // Own generator: the nobody-queries do not shift the others when their rules change.
        var (nobodies, rejected) = Nobody(persons, nobody, new Random(seed + 1));
        queries.AddRange(nobodies);
        var all = queries.ToArray();
        rng.Shuffle(all); // kinds interleaved, so a slow minute of the shared machine does not fall on one kind
        var warm = sampled.Skip(sample).Select(i => Variants(persons, i, byName, rng).Select(v => v.Query).OfType<Query>().First()).ToList();
        Console.WriteLine($"Queries: {all.Length:N0} from {sample:N0} sampled persons (seed {seed}) + {nobodies.Count} nobody-queries "
            + $"({rejected} candidates rejected: someone in the registry bears two of their words with a compatible birth date); "
            + $"warm-up {warm.Count} queries on other persons");
        Console.WriteLine("Not applicable (kind: persons): " + string.Join(", ", notApplicable.Select(kv => $"{kv.Key} {kv.Value}")));

        var memory = new List<string>();
        if (pid is not null) memory.Add("after the index was built: " + Memory(pid));
        var loadAvg = new List<string> { "start " + LoadAverage() };

        List<Outcome>? server = null, trgm = null;
        string? healthFloor = null;
        if (args.Contains("--local"))
        {
            // The domain index alone, in this process: no HTTP, no database, no audit row. For working on the matcher
            // (recall in minutes instead of an import); the figures to report are the server's.
            var build = Stopwatch.StartNew();
            var index = new PersonIndex<int> { Candidates = Int(args, "--candidates", 100) };
            for (var i = 0; i < persons.Count; i++) index.Upsert(RecordOf(persons[i]), i);
            Console.WriteLine($"Local index: {persons.Count:N0} persons in {build.Elapsed.TotalSeconds:F1} s, managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MiB");
            if (Arg(args, "--explain") is { } explain)
            {
                foreach (var line in File.ReadAllLines(explain))
                {
                    var f = line.Split('|');
                    var pq = new PersonQuery(f[0], PartialDate.TryParse(f[1], out var ed) ? ed : null);
                    var target = persons.FindIndex(x => x.ExternalId == f[2]);
                    var m = PersonMatcher.Score(pq, RecordOf(persons[target]), index.Weight);
                    Console.WriteLine($"{f[0]} {f[1]}: target {persons[target].Name} {persons[target].BirthDate} full score {m.Score:F3} ({string.Join(", ", m.Name.Parts.Select(x => $"{x.Query}~{x.Matched} {x.How} {x.Similarity}"))})");
                    foreach (var t in pq.Tokens) Console.WriteLine($"   {t.Text} key {t.Key} weight {index.Weight(t):F2}");
                    foreach (var h in index.Search(pq, 5)) Console.WriteLine($"   {h.Match.Score:F3} {persons[h.Payload].Name} {persons[h.Payload].BirthDate}");
                }
                return 0;
            }
            foreach (var q in warm) SearchLocal(index, persons, q, 10);
            var sw = Stopwatch.StartNew();
            server = [];
            foreach (var q in all) server.Add(SearchLocal(index, persons, q, 10));
            Console.WriteLine($"Local: {server.Count:N0} queries in {sw.Elapsed.TotalSeconds:F0} s");
            var deep = server.Where(o => o.Query.Target >= 0 && !o.Top10).ToDictionary(o => o.Query, o => SearchLocal(index, persons, o.Query, 100).Rank);
            WriteMisses(Path.Combine(outDir, "misses-local.txt"), persons, server, deep);
        }
        else if (url is not null)
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 1 })
            {
                BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10),
            };
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            foreach (var q in warm) await SearchApiAsync(http, q, 10);
            // The floor every request pays whatever the registry's size: HTTP on loopback and a database round trip.
            var floor = new List<double>();
            for (var k = 0; k < 200; k++)
            {
                var start = Stopwatch.GetTimestamp();
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                await health.Content.ReadAsByteArrayAsync();
                floor.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            floor.Sort();
            healthFloor = string.Create(CultureInfo.InvariantCulture, $"GET /health (HTTP + database connection check, no search, no audit write): p50 {floor[99]:0.0} ms, p95 {floor[189]:0.0} ms over 200 calls");
            var sw = Stopwatch.StartNew();
            server = [];
            foreach (var q in all)
            {
                server.Add(await SearchApiAsync(http, q, 10));
                if (server.Count % 2000 == 0) Console.WriteLine($"  server: {server.Count:N0}/{all.Length:N0} ({sw.Elapsed.TotalSeconds:F0} s)");
            }
            Console.WriteLine($"Server: {server.Count:N0} queries in {sw.Elapsed.TotalSeconds:F0} s");
            loadAvg.Add("after server run " + LoadAverage());
            if (pid is not null) memory.Add($"after {server.Count + warm.Count:N0} searches: " + Memory(pid));
            // Where did the misses go? One more search each with limit=100 (not timed).
            var deep = new Dictionary<Query, int>();
            foreach (var o in server.Where(o => o.Query.Target >= 0 && !o.Top10))
            {
                var d = await SearchApiAsync(http, o.Query, 100);
                deep[o.Query] = d.Rank;
            }
            WriteMisses(Path.Combine(outDir, "misses-server.txt"), persons, server, deep);
        }

        if (pg is not null)
        {
            await using var conn = new NpgsqlConnection(pg);
            await conn.OpenAsync();
            await using (var set = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"SET pg_trgm.similarity_threshold = {TrigramThreshold}"), conn))
                await set.ExecuteNonQueryAsync();
            await using var cmd = new NpgsqlCommand(TrigramSql, conn) { CommandTimeout = 0 };
            cmd.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text));
            cmd.Parameters.Add(new NpgsqlParameter("y", NpgsqlDbType.Integer));
            await cmd.PrepareAsync();
            foreach (var q in warm) await SearchTrigramAsync(cmd, q);
            var sw = Stopwatch.StartNew();
            trgm = [];
            for (var k = 0; k < all.Length; k += pgEvery)
            {
                trgm.Add(await SearchTrigramAsync(cmd, all[k]));
                if (trgm.Count % 1000 == 0) Console.WriteLine($"  pg_trgm: {trgm.Count:N0}/{(all.Length + pgEvery - 1) / pgEvery:N0} ({sw.Elapsed.TotalSeconds:F0} s)");
            }
            Console.WriteLine($"pg_trgm: {trgm.Count:N0} queries in {sw.Elapsed.TotalSeconds:F0} s");
            loadAvg.Add("after pg_trgm run " + LoadAverage());
            WriteMisses(Path.Combine(outDir, "misses-pg_trgm.txt"), persons, trgm, null);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"N = {persons.Count:N0} persons; {Environment.ProcessorCount} cores; sample {sample} persons, seed {seed}; {nobodies.Count} nobody-queries; one client, sequential, limit=10, after {warm.Count} warm-up queries.");
        report.AppendLine(CultureInfo.InvariantCulture, $"pg_trgm: similarity threshold {TrigramThreshold} (% operator, GIN on surname || ' ' || given_names and on original_script_name), ordered by similarity + 0.1 if the birth year agrees (+0.05 if one year off).");
        if (pgEvery > 1) report.AppendLine(CultureInfo.InvariantCulture, $"pg_trgm ran on every {pgEvery}th query ({trgm?.Count ?? 0}); the side-by-side table compares both engines on that subset.");
        report.AppendLine();
        if (server is not null)
        {
            report.AppendLine("Server (GET /api/persons/search), all queries:");
            report.AppendLine();
            Table(report, server, null);
        }
        if (trgm is not null)
        {
            report.AppendLine();
            report.AppendLine(pgEvery > 1 ? "Side by side on the pg_trgm subset:" : "Side by side:");
            report.AppendLine();
            var subset = trgm.Select(t => t.Query).ToHashSet();
            Table(report, server?.Where(o => subset.Contains(o.Query)).ToList(), trgm);
        }
        report.AppendLine();
        if (healthFloor is not null) report.AppendLine(CultureInfo.InvariantCulture, $"Latency floor: {healthFloor}.");
        foreach (var m in memory) report.AppendLine(CultureInfo.InvariantCulture, $"Server memory {m}");
        report.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min): {string.Join("; ", loadAvg)}");
        Console.WriteLine();
        Console.Write(report);
        await File.WriteAllTextAsync(Path.Combine(outDir, "results.md"), report.ToString());
        return 0;
    }

    // ------------------------------------------------------------------ registry

    private static List<Person> Load(string path)
    {
        using var reader = new StreamReader(path);
        var list = new List<Person>();
        foreach (var (_, f) in Csv.Read(reader).Skip(1))
            list.Add(new Person(f[0], f[1], f[2], f[3], f[4], f[5], f[8]));
        return list;
    }

    private static List<int> DistinctSample(Random rng, int n, int k)
    {
        var seen = new HashSet<int>();
        var list = new List<int>();
        while (list.Count < Math.Min(k, n))
        {
            var i = rng.Next(n);
            if (seen.Add(i)) list.Add(i);
        }
        return list;
    }

    // ------------------------------------------------------------------ query variants

    private static IEnumerable<(string Kind, Query? Query)> Variants(List<Person> persons, int i, Dictionary<(string, string), List<int>> byName, Random rng)
    {
        var p = persons[i];
        var birth = p.Birth;
        Query? Make(string kind, string? name, string? date) =>
            name is null || date is null && birth is not null ? null : new Query(kind, name, date, i, p.ExternalId, Accept(persons, byName, i, date));

        yield return ("exact", Make("exact", p.Name, p.BirthDate));
        yield return ("spelling-variants", Make("spelling-variants", RespellWithVariants(p, rng), p.BirthDate));
        yield return ("spelling-vowels", Make("spelling-vowels", RespellVowels(p, rng), p.BirthDate));
        yield return ("original-script", Make("original-script", p.Script.Length > 0 ? p.Script : null, p.BirthDate));
        yield return ("order-swapped", Make("order-swapped", p.GivenNames.Length > 0 ? p.GivenNames + " " + p.Surname : null, p.BirthDate));
        yield return ("typo", Make("typo", Typo(p, rng), p.BirthDate));
        if (birth is not { } b)
        {
            foreach (var k in Kinds.Where(k => k.StartsWith("date-", StringComparison.Ordinal))) yield return (k, null);
            yield return (Combined, null);
            yield break;
        }
        yield return ("date-year-only", Make("date-year-only", p.Name, b.Precision == DatePrecision.Year ? null : Year(b.Year)));
        yield return ("date-day-month-swapped", Make("date-day-month-swapped", p.Name,
            b.Day is { } d && b.Month is { } m && d <= 12 && d != m ? $"{Year(b.Year)}-{d:D2}-{m:D2}" : null));
        var off = b.Year + (rng.Next(2) == 0 ? -1 : 1);
        yield return ("date-one-year-off", Make("date-one-year-off", p.Name, b switch
        {
            { Day: { } dd, Month: { } mm } => dd <= DateTime.DaysInMonth(off, mm) ? $"{Year(off)}-{mm:D2}-{dd:D2}" : null,
            { Month: { } mm } => $"{Year(off)}-{mm:D2}",
            _ => Year(off),
        }));
        yield return ("date-1-january", Make("date-1-january", p.Name, b is { Month: 1, Day: 1 } ? null : $"{Year(b.Year)}-01-01"));
        var combinedName = RespellWithVariants(p, rng);
        yield return (Combined, p.GivenNames.Length == 0 || combinedName is null ? null
            : Make(Combined, SwapOrder(combinedName, p), Year(b.Year)));
    }

    /// <summary>The respelled "Surname Given" as "Given Surname": the surname is as many words as the original's.</summary>
    private static string SwapOrder(string respelled, Person p)
    {
        var words = respelled.Split(' ');
        var n = Math.Min(p.Surname.Split(' ').Length, words.Length - 1);
        return string.Join(' ', words.Skip(n)) + " " + string.Join(' ', words.Take(n));
    }

    private static HashSet<string> Accept(List<Person> persons, Dictionary<(string, string), List<int>> byName, int target, string? date)
    {
        var accept = new HashSet<string>(StringComparer.Ordinal) { persons[target].ExternalId };
        var q = PartialDate.TryParse(date, out var qd) ? qd : (PartialDate?)null;
        var mine = BirthDateComparison.Compare(q, persons[target].Birth).Score;
        foreach (var j in byName[(persons[target].Surname, persons[target].GivenNames)])
            if (j != target && BirthDateComparison.Compare(q, persons[j].Birth).Score >= mine) accept.Add(persons[j].ExternalId);
        return accept;
    }

    /// <summary>Other Latin spellings from the project's transliteration table (Mohammed → Muhammad, al-Halabi → Halabi,
    /// kh → h, ou → u…): each part respelled with probability ½, at least one.</summary>
    private static string? RespellWithVariants(Person p, Random rng)
    {
        var parts = new List<string> { p.Surname };
        parts.AddRange(p.GivenNames.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var changed = false;
            var outParts = parts.Select(part =>
            {
                if (rng.Next(2) == 0 && attempt < 3) return part;
                var s = NameVariants.Spell(part, rng);
                changed |= !string.Equals(s, part, StringComparison.Ordinal);
                return s;
            }).ToList();
            if (changed) return string.Join(' ', outParts.Where(s => s.Length > 0));
        }
        return null;
    }

    /// <summary>Independent of the project's tables: one or two vowel changes (a/e, e/i, i/y, o/u, u/ou) or a letter
    /// doubled or undoubled, in one name part.</summary>
    private static string? RespellVowels(Person p, Random rng)
    {
        var parts = Words(p);
        var candidates = Enumerable.Range(0, parts.Count).Where(k => parts[k].Length >= 3).ToList();
        if (candidates.Count == 0) return null;
        var k = candidates[rng.Next(candidates.Count)];
        var w = parts[k];
        var edits = 1 + rng.Next(2);
        // Two edits can undo each other (a→e, e→a): keep going until the word differs.
        for (var e = 0; e < edits || e < 8 && string.Equals(w, parts[k], StringComparison.Ordinal); e++)
        {
            var vowels = Enumerable.Range(1, w.Length - 1).Where(x => "aeiouy".Contains(w[x], StringComparison.Ordinal)).ToList();
            if (vowels.Count > 0 && rng.Next(3) > 0)
            {
                var x = vowels[rng.Next(vowels.Count)];
                var to = w[x] switch { 'a' => "e", 'e' => rng.Next(2) == 0 ? "a" : "i", 'i' => rng.Next(2) == 0 ? "e" : "y", 'o' => "u", 'u' => rng.Next(2) == 0 ? "o" : "ou", _ => "i" };
                w = string.Concat(w.AsSpan(0, x), to, w.AsSpan(x + 1));
            }
            else
            {
                var doubled = Enumerable.Range(1, w.Length - 1).Where(x => w[x] == w[x - 1]).ToList();
                if (doubled.Count > 0) { var x = doubled[rng.Next(doubled.Count)]; w = w.Remove(x, 1); }
                else
                {
                    var cons = Enumerable.Range(1, w.Length - 1).Where(x => char.IsAsciiLetterLower(w[x]) && !"aeiouy".Contains(w[x], StringComparison.Ordinal)).ToList();
                    if (cons.Count == 0) continue;
                    var x = cons[rng.Next(cons.Count)];
                    w = w.Insert(x, w[x].ToString());
                }
            }
        }
        if (string.Equals(w, parts[k], StringComparison.Ordinal)) return null;
        parts[k] = w;
        return string.Join(' ', parts);
    }

    /// <summary>One typing error in the longest name part: a letter replaced, left out, or two neighbours swapped.</summary>
    private static string? Typo(Person p, Random rng)
    {
        var parts = Words(p);
        var k = Enumerable.Range(0, parts.Count).MaxBy(x => parts[x].Length);
        var w = parts[k];
        if (w.Length < 3) return null;
        // Not the first letter (rarely mistyped), never a hyphen or apostrophe.
        var letters = Enumerable.Range(1, w.Length - 1).Where(x => char.IsLetter(w[x]) && char.IsLetter(w[x - 1])).ToList();
        if (letters.Count == 0) return null;
        var x = letters[rng.Next(letters.Count)];
        string typo;
        switch (rng.Next(3))
        {
            case 0:
                var c = (char)('a' + rng.Next(26));
                if (char.ToLowerInvariant(w[x]) == c) c = c == 'z' ? 'a' : (char)(c + 1);
                typo = string.Concat(w.AsSpan(0, x), c.ToString(), w.AsSpan(x + 1));
                break;
            case 1:
                typo = w.Remove(x, 1);
                break;
            default:
                if (w[x - 1] == w[x]) { typo = w.Remove(x, 1); break; }
                typo = string.Concat(w.AsSpan(0, x - 1), w[x].ToString(), w[x - 1].ToString(), w.AsSpan(x + 1));
                break;
        }
        parts[k] = typo;
        return string.Join(' ', parts);
    }

    private static List<string> Words(Person p) => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Year(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ nobody-queries

    /// <summary>
    /// Half: a surname and given names from two persons of the same nationality, a name nobody bears (by sound key, so
    /// Mohammed and Muhammad count as one). Half: a real person's name with a birth date that fits no bearer of that name.
    /// Both checked against the whole registry (Latin and original-script names, by sound key): no two words of the query
    /// occur together in the name of a person whose birth date is not in conflict with the query's (one word for a
    /// one-word query). Two, not all: "Kassem Tareq Karim" would otherwise belong to nobody while "Kassem Tareq", born a
    /// year earlier, is in the registry, and the matcher rightly takes a name with a part left out for the same name.
    /// </summary>
    private static (List<Query> Queries, int Rejected) Nobody(List<Person> persons, int count, Random rng)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byNationality = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var births = new PartialDate?[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            births[i] = persons[i].Birth;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in NameText.Tokens(persons[i].Name)) keys.Add(Key(t));
            if (persons[i].Script.Length > 0) foreach (var t in NameText.Tokens(persons[i].Script)) keys.Add(Key(t));
            foreach (var k in keys)
            {
                if (!byKey.TryGetValue(k, out var list)) byKey[k] = list = [];
                list.Add(i);
            }
            if (!byNationality.TryGetValue(persons[i].Nationality, out var n)) byNationality[persons[i].Nationality] = n = [];
            n.Add(i);
        }
        List<int> Bearers(IReadOnlyList<string> keys) => keys.Any(k => !byKey.ContainsKey(k)) ? []
            : keys.Select(k => byKey[k]).OrderBy(l => l.Count).First().Where(i => keys.All(k => Contains(byKey[k], i))).ToList();

        var queries = new List<Query>();
        var rejected = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (queries.Count < count)
        {
            var newName = queries.Count % 2 == 0;
            var a = persons[rng.Next(persons.Count)];
            string name;
            if (newName)
            {
                var same = byNationality[a.Nationality];
                var b = persons[same[rng.Next(same.Count)]];
                var given = b.GivenNames.Length > 0 ? b.GivenNames : b.Surname;
                if (string.Equals(b.Surname, a.Surname, StringComparison.Ordinal) || string.Equals(given, a.GivenNames, StringComparison.Ordinal)) continue;
                name = a.Surname + " " + given;
            }
            else name = a.Name;
            // A full birth date drawn from another person (so the ages look like the registry's), day filled in if unknown.
            var c = persons[rng.Next(persons.Count)].Birth;
            if (c is not { } cd) continue;
            var month = cd.Month ?? 1 + rng.Next(12);
            var date = new PartialDate(cd.Year, month, cd.Day ?? 1 + rng.Next(DateTime.DaysInMonth(cd.Year, month)));
            if (!used.Add(name + "|" + date)) continue;

            var keys = NameText.Tokens(name).Where(t => !t.Particle).Select(Key).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count == 0) continue;
            // A new name is borne by nobody at all, whatever the date.
            if (newName && Bearers(keys).Count > 0) { rejected++; continue; }
            var groups = keys.Count == 1 ? [keys]
                : keys.SelectMany((k1, x) => keys.Skip(x + 1).Select(k2 => (IReadOnlyList<string>)[k1, k2])).ToList();
            if (groups.Any(g => Bearers(g).Any(i => BirthDateComparison.Compare(date, births[i]).How != DateAgreement.Differs))) { rejected++; continue; }
            queries.Add(new Query(newName ? NobodyNewName : NobodyOtherDate, name, date.ToString(), -1, null, []));
        }
        return (queries, rejected);
    }

    private static bool Contains(List<int> sorted, int i) => sorted.BinarySearch(i) >= 0;

    private static string Key(NameToken t) => t.Key.Length >= 2 ? t.Key : "=" + t.Text;

    // ------------------------------------------------------------------ the two engines

    private static async Task<Outcome> SearchApiAsync(HttpClient http, Query q, int limit)
    {
        var url = $"/api/persons/search?name={Uri.EscapeDataString(q.Name)}&limit={limit}"
            + (q.BirthDate is null ? "" : "&birthDate=" + Uri.EscapeDataString(q.BirthDate));
        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode} for {url}: {Encoding.UTF8.GetString(body)}");
        using var json = JsonDocument.Parse(body);
        var hits = json.RootElement.GetProperty("results").EnumerateArray().Select(r => new Hit(
            r.GetProperty("externalId").GetString() ?? "", r.GetProperty("score").GetDouble(), r.GetProperty("likelyMatch").GetBoolean(),
            r.GetProperty("names").EnumerateArray().FirstOrDefault().GetString() ?? "")).ToList();
        return new Outcome(q, ms, hits);
    }

    private static MatchRecord RecordOf(Person p)
    {
        var names = new List<KnownName> { KnownName.Of(p.Surname, p.GivenNames, NameSource.Primary, null) };
        if (p.Script.Length > 0) names.Add(KnownName.Of(p.Script, NameSource.OriginalScript, null));
        var sex = p.Sex switch { "Male" or "M" => Sex.Male, "Female" or "F" => Sex.Female, _ => Sex.Unknown };
        return new MatchRecord(p.ExternalId, names, p.Birth, sex, [p.Nationality]);
    }

    private static Outcome SearchLocal(PersonIndex<int> index, List<Person> persons, Query q, int limit)
    {
        var query = new PersonQuery(q.Name, PartialDate.TryParse(q.BirthDate, out var d) ? d : null);
        var start = Stopwatch.GetTimestamp();
        var found = index.Search(query, limit);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new Outcome(q, ms, found.Select(h => new Hit(h.Record.Id, h.Match.Score, h.Match.Score >= PersonMatcher.LikelyMatch, persons[h.Payload].Name)).ToList());
    }

    private static async Task<Outcome> SearchTrigramAsync(NpgsqlCommand cmd, Query q)
    {
        cmd.Parameters["q"].Value = q.Name;
        cmd.Parameters["y"].Value = PartialDate.TryParse(q.BirthDate, out var d) ? d.Year : DBNull.Value;
        var start = Stopwatch.GetTimestamp();
        var hits = new List<Hit>(10);
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) hits.Add(new Hit(r.IsDBNull(0) ? "" : r.GetString(0), Convert.ToDouble(r.GetValue(1), CultureInfo.InvariantCulture), false, ""));
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new Outcome(q, ms, hits);
    }

    // ------------------------------------------------------------------ reporting

    private static void Table(StringBuilder sb, List<Outcome>? server, List<Outcome>? trgm)
    {
        var both = trgm is not null;
        sb.AppendLine(both
            ? "| queries | n | server R@1 | R@1 any | R@10 | flagged | false alarms | p50 ms | p95 ms | p99 ms | pg_trgm R@1 | R@1 any | R@10 | p50 ms | p95 ms | p99 ms |"
            : "| queries | n | R@1 | R@1 any | R@10 | flagged | false alarms | p50 ms | p95 ms | p99 ms | max ms |");
        sb.AppendLine(both ? "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = Kinds.Select(k => (k, (Func<Query, bool>)(q => q.Kind == k))).ToList();
        rows.Add(("**overall** (kinds above)", q => Kinds.Contains(q.Kind)));
        rows.Add((Combined + " (extra: variants + order + year only)", q => q.Kind == Combined));
        rows.Add((NobodyNewName, q => q.Kind == NobodyNewName));
        rows.Add((NobodyOtherDate, q => q.Kind == NobodyOtherDate));
        rows.Add(("**nobody** (both)", q => q.Target < 0));
        rows.Add(("**all queries** (latency)", _ => true));
        foreach (var (label, pick) in rows)
        {
            var s = server?.Where(o => pick(o.Query)).ToList() ?? [];
            var t = trgm?.Where(o => pick(o.Query)).ToList() ?? [];
            var n = Math.Max(s.Count, t.Count);
            if (n == 0) continue;
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"| {label} | {n} | "));
            line.Append(Accuracy(s, withFlags: true));
            line.Append(Latency(s, withMax: !both));
            if (both) line.Append(Accuracy(t, withFlags: false)).Append(Latency(t, withMax: false));
            sb.AppendLine(line.ToString());
        }
        sb.AppendLine();
        sb.AppendLine("R@1: the person sought is first. R@1 any: first is the person or one the query cannot tell from them (same name, birth date");
        sb.AppendLine("at least as consistent with the query). R@10: the person is in the first ten. flagged: R@1 any with likelyMatch=true.");
        sb.AppendLine("False alarms: nobody-queries whose first result has likelyMatch=true (pg_trgm has no such flag). Latency: client-side,");
        sb.AppendLine("around the HTTP call (server) or the SQL command (pg_trgm, no HTTP), sequential.");
    }

    private static string Accuracy(List<Outcome> o, bool withFlags)
    {
        var sought = o.Where(x => x.Query.Target >= 0).ToList();
        var none = o.Where(x => x.Query.Target < 0).ToList();
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var r1 = sought.Count == 0 ? "" : F(sought.Count(x => x.Rank == 1) / (double)sought.Count);
        var r1any = sought.Count == 0 ? "" : F(sought.Count(x => x.Top1) / (double)sought.Count);
        var r10 = sought.Count == 0 ? "" : F(sought.Count(x => x.Top10) / (double)sought.Count);
        if (!withFlags) return $"{r1} | {r1any} | {r10} | ";
        var flagged = sought.Count == 0 ? "" : F(sought.Count(x => x.Flagged) / (double)sought.Count);
        var alarms = none.Count == 0 ? "" : $"{none.Count(x => x.FalseAlarm)} ({F(none.Count(x => x.FalseAlarm) / (double)none.Count)})";
        return $"{r1} | {r1any} | {r10} | {flagged} | {alarms} | ";
    }

    private static string Latency(List<Outcome> o, bool withMax)
    {
        if (o.Count == 0) return withMax ? " | | | |" : " | | |";
        var ms = o.Select(x => x.Ms).Order().ToArray();
        string P(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
        return withMax ? $"{P(0.50)} | {P(0.95)} | {P(0.99)} | {ms[^1].ToString("0.0", CultureInfo.InvariantCulture)} |" : $"{P(0.50)} | {P(0.95)} | {P(0.99)} | ";
    }

    private static void WriteMisses(string path, List<Person> persons, List<Outcome> outcomes, Dictionary<Query, int>? deep)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var group in outcomes.Where(o => o.Query.Target >= 0 ? !o.Top10 || !o.Top1 : o.FalseAlarm).GroupBy(o => o.Query.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteLine(group.Key.StartsWith("nobody", StringComparison.Ordinal)
                ? $"== {group.Key}: {group.Count()} false alarms; in {group.Count(o => Contained(o, persons))} of them every word of the first result's name is in the query (sound key): a shorter form of the name searched"
                : $"== {group.Key}: {group.Count(o => !o.Top10)} not in top 10, {group.Count(o => o.Top10 && !o.Top1)} in top 10 but not first");
            foreach (var o in group.OrderBy(o => o.Top10))
            {
                var q = o.Query;
                var sought = q.Target >= 0 ? persons[q.Target] : null;
                var rank = o.Top10 ? $"rank {o.Rank}" : deep is not null && deep.TryGetValue(q, out var r) ? r > 0 ? $"rank {r} (limit=100)" : "not in top 100" : "not in top 10";
                w.WriteLine($"query \"{q.Name}\" {q.BirthDate ?? "(no date)"}" + (sought is null ? "" : $"  sought {sought.ExternalId} \"{sought.Name}\" {sought.BirthDate} {sought.Nationality} script \"{sought.Script}\"  {rank}"));
                foreach (var h in o.Hits.Take(3))
                {
                    var who = persons.Count > 0 && int.TryParse(h.ExternalId.AsSpan(6), CultureInfo.InvariantCulture, out var idx) && idx >= 1 && idx <= persons.Count ? persons[idx - 1] : null;
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {h.Score:0.000}{(h.Likely ? " likely" : "")}  {h.ExternalId} \"{who?.Name}\" {who?.BirthDate} {who?.Nationality}"));
                }
            }
        }
    }

    /// <summary>The first result of a nobody-query bears only words of the query (Dweik Ibrahim for Dweik Ammar Ibrahim):
    /// the matcher takes it for a shorter form of the name, which is arguable; the other false alarms are not.</summary>
    private static bool Contained(Outcome o, List<Person> persons)
    {
        if (o.Hits.Count == 0 || !int.TryParse(o.Hits[0].ExternalId.AsSpan(6), CultureInfo.InvariantCulture, out var idx) || idx < 1 || idx > persons.Count) return false;
        var query = NameText.Tokens(o.Query.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
        return NameText.Tokens(persons[idx - 1].Name).Where(t => !t.Particle).All(t => query.Contains(Key(t)));
    }

    private static string Memory(string pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        string Get(string key) => status.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim() ?? "?";
        static string Mib(string kb) => long.TryParse(kb.Split(' ')[0], CultureInfo.InvariantCulture, out var v) ? $"{v / 1024.0:F0} MiB" : kb;
        return $"VmRSS {Mib(Get("VmRSS"))}, VmHWM (peak) {Mib(Get("VmHWM"))}";
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Arg(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
}
