using System.Diagnostics;
using System.Globalization;
using System.Text;
using Itinera.Web.Features.Identity;

namespace Itinera.Bench;

/// <summary>
/// FEBRL record linkage (see ../shared/benchmarks/README.md): the same code as the <c>link</c> verb, on dataset3
/// (deduplication within the file) and dataset4a + dataset4b (linkage across the files), and on dataset1 and
/// dataset2 (deduplication). Precision, recall and F1 of the pairs at or above the threshold against the ground
/// truth in rec_id (rec-N-org and rec-N-dup-k are one person).
/// </summary>
public static class FebrlBench
{
    public static int Run(string folder, double threshold, bool verbose)
    {
        Dedup(folder, "dataset3.csv", threshold, verbose);
        Link(folder, "dataset4a.csv", "dataset4b.csv", threshold, verbose);
        Dedup(folder, "dataset1.csv", threshold, verbose);
        Dedup(folder, "dataset2.csv", threshold, verbose);
        return 0;
    }

    private static void Dedup(string folder, string file, double threshold, bool verbose)
    {
        var records = Load(Path.Combine(folder, file));
        var started = Stopwatch.StartNew();
        var outcome = Linkage.Link(records, null, 0);
        var elapsed = started.Elapsed;
        var truth = 0;
        foreach (var g in records.GroupBy(r => Person(r.Id))) truth += g.Count() * (g.Count() - 1) / 2;
        Report(file, records.Count, records.Count, outcome, truth, threshold, elapsed, verbose, records);
    }

    private static void Link(string folder, string leftFile, string rightFile, double threshold, bool verbose)
    {
        var left = Load(Path.Combine(folder, leftFile));
        var right = Load(Path.Combine(folder, rightFile));
        var started = Stopwatch.StartNew();
        var outcome = Linkage.Link(left, right, 0);
        var elapsed = started.Elapsed;
        var rightCount = right.GroupBy(r => Person(r.Id)).ToDictionary(g => g.Key, g => g.Count());
        var truth = left.Sum(l => rightCount.GetValueOrDefault(Person(l.Id)));
        Report($"{leftFile} + {rightFile}", left.Count, right.Count, outcome, truth, threshold, elapsed, verbose, [.. left, .. right]);
    }

    private static List<LinkRecord> Load(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        return [.. Linkage.Read(reader).Records];
    }

    /// <summary>N of rec-N-org / rec-N-dup-k.</summary>
    private static string Person(string recId) => recId.Split('-')[1];

    private static void Report(string label, int leftCount, int rightCount, LinkOutcome outcome, int truth, double threshold, TimeSpan elapsed,
        bool verbose, IReadOnlyList<LinkRecord> all)
    {
        // Candidate recall: the true pairs the blocking put in front of the scorer at all.
        var candidateTrue = outcome.Pairs.Count(p => Person(p.Left.Id) == Person(p.Right.Id));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {leftCount} x {rightCount} records, {outcome.CandidatesCompared} candidate pairs ({candidateTrue} of {truth} true pairs among them), {elapsed.TotalSeconds:0.00} s"));
        Line("  ", outcome, truth, threshold);
        Console.WriteLine("  threshold scan (for information; the reported figure is at the threshold above):");
        foreach (var t in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 }) Line("    ", outcome, truth, t);
        if (!verbose) return;
        var byId = all.GroupBy(r => Person(r.Id)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var p in outcome.Pairs.Where(p => p.Result.Score >= threshold && Person(p.Left.Id) != Person(p.Right.Id)))
            Console.WriteLine($"  FP {p.Result.Score:0.000} {p.Left.Id} | {p.Right.Id}: {p.Result.Reasons()}");
        var found = outcome.Pairs.Where(p => p.Result.Score >= threshold && Person(p.Left.Id) == Person(p.Right.Id))
            .Select(p => Key(p.Left.Id, p.Right.Id)).ToHashSet(StringComparer.Ordinal);
        var scored = outcome.Pairs.ToDictionary(p => Key(p.Left.Id, p.Right.Id), StringComparer.Ordinal);
        var shown = 0;
        foreach (var (_, group) in byId)
            for (var x = 0; x < group.Count; x++)
                for (var y = x + 1; y < group.Count; y++)
                {
                    var key = Key(group[x].Id, group[y].Id);
                    if (found.Contains(key) || shown++ > 60) continue;
                    var why = scored.TryGetValue(key, out var s) ? $"{s.Result.Score:0.000} {s.Result.Reasons()}" : "not a candidate";
                    Console.WriteLine($"  FN {group[x].Id} | {group[y].Id}: {why}");
                }
    }

    private static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;

    private static void Line(string indent, LinkOutcome outcome, int truth, double threshold)
    {
        int tp = 0, fp = 0;
        foreach (var p in outcome.Pairs)
        {
            if (p.Result.Score < threshold) continue;
            if (Person(p.Left.Id) == Person(p.Right.Id)) tp++; else fp++;
        }
        var fn = truth - tp;
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = truth == 0 ? 0 : (double)tp / truth;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{indent}threshold {threshold:0.00}: TP {tp} FP {fp} FN {fn}  precision {precision:0.0000} recall {recall:0.0000} F1 {f1:0.0000}"));
    }
}
