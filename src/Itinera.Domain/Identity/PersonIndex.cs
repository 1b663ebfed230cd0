namespace Itinera.Domain.Identity;

public sealed record IndexHit<T>(MatchRecord Record, T Payload, MatchResult Match);

/// <summary>
/// The registry's names in memory, for searching a million persons in milliseconds. Each word of each known name
/// (and each pair of neighbouring words written as one) is filed under its sound key and the keys one letter shorter
/// (so a typing error still meets the right key). A search gathers the persons sharing keys with the query, weighs
/// them by how rare the shared words are, and scores the best few hundred with <see cref="PersonMatcher"/>.
/// Safe for many readers and one writer at a time.
/// </summary>
public sealed class PersonIndex<T>
{
    /// <summary>How many gathered persons are scored in full.</summary>
    public int Candidates { get; init; } = 200;

    /// <summary>A key filed under more persons than this is too common to look up by its shortened forms.</summary>
    public int CommonKeyLimit { get; init; } = 20_000;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly List<(MatchRecord Record, T Payload)?> slots = [];
    private readonly Dictionary<string, int> slotOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> frequency = new(StringComparer.Ordinal);
    private readonly Stack<int> free = new();
    private int count;

    [ThreadStatic] private static float[]? scratchScore;
    [ThreadStatic] private static int[]? scratchMark;

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try { return count; }
            finally { gate.ExitReadLock(); }
        }
    }

    /// <summary>Adds a person, or replaces what the index held under the same id.</summary>
    public void Upsert(MatchRecord record, T payload)
    {
        var keys = KeysOf(record);
        gate.EnterWriteLock();
        try
        {
            if (slotOf.TryGetValue(record.Id, out var old)) RemoveSlot(old);
            var slot = free.Count > 0 ? free.Pop() : slots.Count;
            if (slot == slots.Count) slots.Add((record, payload)); else slots[slot] = (record, payload);
            slotOf[record.Id] = slot;
            count++;
            foreach (var key in keys.Postings)
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(slot);
            }
            foreach (var key in keys.Words) frequency[key] = frequency.GetValueOrDefault(key) + 1;
        }
        finally { gate.ExitWriteLock(); }
    }

    public bool Remove(string id)
    {
        gate.EnterWriteLock();
        try
        {
            if (!slotOf.TryGetValue(id, out var slot)) return false;
            RemoveSlot(slot);
            return true;
        }
        finally { gate.ExitWriteLock(); }
    }

    /// <summary>Every indexed person, for a scan over the whole registry.</summary>
    public IReadOnlyList<(MatchRecord Record, T Payload)> Snapshot()
    {
        gate.EnterReadLock();
        try { return slots.Where(s => s is not null).Select(s => s!.Value).ToList(); }
        finally { gate.ExitReadLock(); }
    }

    public bool Contains(string id)
    {
        gate.EnterReadLock();
        try { return slotOf.ContainsKey(id); }
        finally { gate.ExitReadLock(); }
    }

    private void RemoveSlot(int slot)
    {
        var (record, _) = slots[slot]!.Value;
        var keys = KeysOf(record);
        foreach (var key in keys.Postings)
            if (postings.TryGetValue(key, out var list))
            {
                list.Remove(slot);
                if (list.Count == 0) postings.Remove(key);
            }
        foreach (var key in keys.Words)
            if (frequency.TryGetValue(key, out var n)) { if (n <= 1) frequency.Remove(key); else frequency[key] = n - 1; }
        slots[slot] = null;
        slotOf.Remove(record.Id);
        free.Push(slot);
        count--;
    }

    /// <summary>
    /// How much agreeing on this word says: the rarer the word in the registry, the more (inverse document
    /// frequency). Mohammed weighs little, a rare surname much.
    /// </summary>
    public double Weight(NameToken token)
    {
        var df = frequency.GetValueOrDefault(WordKey(token));
        return Math.Max(0.5, Math.Log(1.0 + (count + 1.0) / (df + 1.0)));
    }

    /// <summary>The best matches for the query, best first, each at or above <paramref name="minimumScore"/>.</summary>
    public IReadOnlyList<IndexHit<T>> Search(PersonQuery query, int limit, double minimumScore = 0.3, Func<MatchRecord, bool>? include = null, double queryShare = 0.75)
    {
        if (query.Tokens.Count == 0 || limit <= 0) return [];
        gate.EnterReadLock();
        try
        {
            var units = QueryUnits(query.Tokens);
            var size = slots.Count;
            var score = scratchScore is { } s && s.Length >= size ? s : scratchScore = new float[Math.Max(size, 1024) * 5 / 4];
            var mark = scratchMark is { } m && m.Length >= size ? m : scratchMark = new int[score.Length];
            var touched = new List<int>();
            for (var u = 0; u < units.Count; u++)
            {
                var (exact, shortened, weight) = units[u];
                var stamp = u + 1;
                var exactHits = Gather(exact, (float)weight, stamp, score, mark, touched);
                if (exactHits > CommonKeyLimit) continue;
                foreach (var key in shortened)
                    if (postings.TryGetValue(key, out var list) && list.Count <= CommonKeyLimit)
                        Gather(key, (float)(weight * 0.7), stamp, score, mark, touched);
            }

            // A common name gathers thousands of persons with the same weight: the birth date decides which of them
            // are scored in full (the same year first, then one year off).
            if (query.BirthDate is { } born && touched.Count > Candidates)
            {
                var bonus = (float)(units.Max(u => u.Weight) * 0.5);
                foreach (var i in touched)
                {
                    if (slots[i]!.Value.Record.BirthDate is not { } b) continue;
                    var diff = Math.Abs(b.Year - born.Year);
                    if (diff == 0) score[i] += b.Month == born.Month && born.Month is not null ? bonus * 1.5f : bonus;
                    else if (diff == 1) score[i] += bonus * 0.5f;
                }
            }

            // Keep the persons that gathered the most weight, then score them in full.
            var take = Math.Min(Candidates, touched.Count);
            var best = touched.OrderByDescending(i => score[i]).Take(take).ToList();
            foreach (var i in touched) { score[i] = 0; mark[i] = 0; }

            var hits = new List<IndexHit<T>>(best.Count);
            foreach (var i in best)
            {
                var (record, payload) = slots[i]!.Value;
                if (include is not null && !include(record)) continue;
                var match = PersonMatcher.Score(query, record, Weight, queryShare);
                if (match.Score >= minimumScore) hits.Add(new IndexHit<T>(record, payload, match));
            }
            return hits.OrderByDescending(h => h.Match.Score).ThenBy(h => h.Record.Id, StringComparer.Ordinal).Take(limit).ToList();
        }
        finally { gate.ExitReadLock(); }
    }

    private int Gather(string key, float weight, int stamp, float[] score, int[] mark, List<int> touched)
    {
        if (!postings.TryGetValue(key, out var list)) return 0;
        foreach (var slot in list)
        {
            if (mark[slot] == 0) touched.Add(slot);
            else if (mark[slot] >= stamp) continue; // this query word already counted for this person
            mark[slot] = stamp;
            score[slot] += weight;
        }
        return list.Count;
    }

    private List<(string Exact, List<string> Shortened, double Weight)> QueryUnits(IReadOnlyList<NameToken> tokens)
    {
        var units = new List<(string, List<string>, double)>();
        var allParticles = tokens.All(t => t.Particle);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Particle || allParticles) units.Add((PostingKey(tokens[i]), Typos(tokens[i]), Weight(tokens[i])));
            if (i + 1 < tokens.Count)
            {
                var joined = NameToken.Of(tokens[i].Text + tokens[i + 1].Text);
                units.Add((PostingKey(joined), Shortened(joined), Weight(joined)));
            }
        }
        return units;
    }

    private sealed record RecordKeys(HashSet<string> Postings, HashSet<string> Words);

    private static RecordKeys KeysOf(MatchRecord record)
    {
        var postingKeys = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in record.Names)
        {
            var tokens = name.Tokens;
            var allParticles = tokens.All(t => t.Particle);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].Particle || allParticles)
                {
                    postingKeys.Add(PostingKey(tokens[i]));
                    postingKeys.UnionWith(Shortened(tokens[i]));
                    words.Add(WordKey(tokens[i]));
                }
                if (i + 1 < tokens.Count)
                {
                    var joined = NameToken.Of(tokens[i].Text + tokens[i + 1].Text);
                    postingKeys.Add(PostingKey(joined));
                    words.Add(WordKey(joined));
                }
            }
        }
        return new(postingKeys, words);
    }

    /// <summary>The sound key, or the letters themselves for words whose key is too short to say anything (Ali → l).</summary>
    private static string PostingKey(NameToken t) => t.Key.Length >= 2 ? t.Key : "=" + t.Text;

    private static string WordKey(NameToken t) => PostingKey(t);

    /// <summary>
    /// What a searched word may have been before a typing error: its key one letter shorter (the recorded word lacks a
    /// letter, or has another one), and the keys of the word with one letter left out (the searched word has a letter
    /// too many or a wrong consonant: "Hasxan" → "Hasan" → hsn). Looked up against the recorded keys.
    /// </summary>
    private static List<string> Typos(NameToken t)
    {
        var list = Shortened(t);
        var text = t.Text;
        if (text.Length < 4) return list;
        for (var i = 0; i < text.Length; i++)
        {
            var key = PhoneticKey.Of(string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1)));
            if (key.Length >= 2 && key != t.Key && !list.Contains(key)) list.Add(key);
        }
        return list;
    }

    /// <summary>The key with one letter left out, each way (a typing error in a word meets the right key).</summary>
    private static List<string> Shortened(NameToken t)
    {
        var key = t.Key;
        var list = new List<string>(key.Length);
        if (key.Length < 4) return list;
        for (var i = 0; i < key.Length; i++)
        {
            var s = string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
            if (!list.Contains(s)) list.Add(s);
        }
        return list;
    }
}
