using System.Globalization;
using System.Text;
using Itinera.Web.Features.Demo;

// Benchmark helpers. Figures are printed, never asserted: see bench/README.md for the commands and results.
//   persons-csv --count N --out FILE   writes N synthetic persons in the import CSV format
//   search-index / search-bench        person search vs pg_trgm (SearchBench.cs, bench/search.sh)
if (args.Length >= 1 && args[0] == "persons-csv")
{
    var count = int.Parse(Arg("--count") ?? "100000", CultureInfo.InvariantCulture);
    var path = Arg("--out") ?? "persons.csv";
    var today = new DateOnly(2026, 11, 23);
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.WriteLine("external_id,surname,given_names,sex,birth_date,nationality,birth_place,national_number,original_script_name");
    var i = 0;
    foreach (var p in new SyntheticPersons(seed: 42, today).Take(count))
    {
        i++;
        writer.WriteLine(string.Join(',', $"BENCH-{i:D7}", Q(p.Surname), Q(p.GivenNames), p.Sex?.ToString() ?? "", p.BirthDate,
            p.Nationality, Q(p.BirthPlace ?? ""), "", Q(p.OriginalScriptName ?? "")));
    }
    Console.WriteLine($"Wrote {i} persons to {path}");
    return 0;
}
if (args.Length >= 3 && args[0] == "names" && args[1] == "--explain")
    return Itinera.Bench.NameBench.Explain(args[2].Split('|')[0].Trim(), args[2].Split('|')[1].Trim());
if (args.Length >= 1 && args[0] == "names")
    return Itinera.Bench.NameBench.Run(Arg("--file") ?? "../shared/benchmarks/names/nomenklatura_name_bench_cases.csv",
        double.Parse(Arg("--threshold") ?? "0.80", CultureInfo.InvariantCulture), args.Contains("--verbose"));
if (args.Length >= 1 && args[0] == "febrl")
    return Itinera.Bench.FebrlBench.Run(Arg("--folder") ?? "../shared/benchmarks/febrl", double.Parse(Arg("--threshold") ?? "0.5", CultureInfo.InvariantCulture), args.Contains("--verbose"));
if (args.Length >= 1 && args[0] == "search-index")
    return await Itinera.Bench.SearchBench.IndexAsync(args);
if (args.Length >= 1 && args[0] == "search-bench")
    return await Itinera.Bench.SearchBench.RunAsync(args);
Console.Error.WriteLine("usage: persons-csv --count N --out FILE | names [--file F] [--threshold T] [--verbose] | names --explain \"name|name\" | febrl [--folder F] [--threshold T] [--verbose] | search-index --pg CS | search-bench ... (see bench/search.sh)");
return 2;

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string Q(string s) => s.Contains(',') || s.Contains('"') || s.Contains('\n') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
