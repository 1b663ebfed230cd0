using System.Globalization;
using Itinera.Domain.Identity;
using Itinera.Web.Features.Dossiers;

namespace Itinera.Bench;

/// <summary>
/// OpenSanctions nomenklatura name_bench, Person rows: each pair of names scored by the same name comparison the
/// search uses (record against record, no birth date), counted as a match at the threshold.
/// </summary>
public static class NameBench
{
    public static int Run(string path, double threshold, bool verbose)
    {
        using var reader = new StreamReader(path);
        var rows = Csv.Read(reader).Skip(1).Select(r => r.Fields).Where(f => f.Count >= 5 && f[1] == "Person").ToList();
        var scored = rows.Select(f => (Name1: f[2], Name2: f[3], Match: f[4] == "true", Score: Score(f[2], f[3]))).ToList();
        Report(scored.Select(s => (s.Match, s.Score)).ToList(), threshold, "persons");
        if (verbose)
            foreach (var s in scored.Where(s => s.Match != s.Score >= threshold))
                Console.WriteLine($"{(s.Match ? "FN" : "FP")} {s.Score:0.000}  {s.Name1}  |  {s.Name2}");
        Console.WriteLine("threshold scan (for information; the reported figure is at the threshold above):");
        for (var k = 0; k <= 7; k++) Report(scored.Select(s => (s.Match, s.Score)).ToList(), Math.Round(0.60 + 0.05 * k, 2), "  ");
        return 0;
    }

    /// <summary>Shows how two names are read and compared: the words, their sound keys, and which parts met.</summary>
    public static int Explain(string a, string b)
    {
        foreach (var name in new[] { a, b })
            Console.WriteLine($"{name}: " + string.Join("  ", NameText.Tokens(name).Select(t => $"{t.Text}/{t.Key}{(t.Particle ? "(p)" : "")}")));
        var m = PersonMatcher.Score(new PersonQuery(a), new MatchRecord("b", [KnownName.Of(b, NameSource.Primary, null)], null, default, []), queryShare: 0.5);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {m.Name.Score:0.000} (coverage {m.Name.QueryCoverage:0.00} / {m.Name.RecordCoverage:0.00})"));
        foreach (var p in m.Name.Parts) Console.WriteLine($"  {p.Query} ~ {p.Matched}: {p.How} {p.Similarity}");
        return 0;
    }

    public static double Score(string a, string b) =>
        PersonMatcher.Score(new PersonQuery(a), new MatchRecord("b", [KnownName.Of(b, NameSource.Primary, null)], null, default, []), queryShare: 0.5).Name.Score;

    public static void Report(IReadOnlyList<(bool Match, double Score)> scored, double threshold, string label)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (match, score) in scored)
        {
            var said = score >= threshold;
            if (said && match) tp++; else if (said) fp++; else if (match) fn++; else tn++;
        }
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} threshold {threshold:0.00}: rows {scored.Count}  TP {tp} FP {fp} FN {fn} TN {tn}  precision {p:0.000} recall {r:0.000} F1 {f1:0.000}"));
    }
}
