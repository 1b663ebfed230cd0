using Itinera.Domain.Persons;

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
    public int Candidates { get; init; } = 100;


    /// <summary>A key filed under more persons than this is too common to look up by its shortened forms, except to
    /// tell apart the persons gathered by the other words.</summary>
    public int CommonKeyLimit { get; init; } = 20_000;

    /// <summary>The same for a word's letters with one left out ("#hassa"): they are looked up for every word, so a
    /// smaller list already only tells apart the persons gathered by the other words.</summary>
    public int LettersLimit { get; init; } = 500;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly List<(MatchRecord Record, T Payload)?> slots = [];
    private readonly Dictionary<string, int> slotOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> frequency = new(StringComparer.Ordinal);
    private readonly Stack<int> free = new();
    private int count;

    /// <summary>What the ranking of gathered persons reads for each of them, kept beside the slots rather than behind
    /// each record: the birth date packed as year × 512 + month × 32 + day (0 = unknown; −1 when no date), and how many
    /// words (particles aside) the person's main name has.</summary>
    private readonly List<SlotFacts> facts = [];

    private readonly record struct SlotFacts(int Birth, float Words);

    /// <summary>What a search gathers for one slot, a bit per query unit: which units met one of the person's words
    /// letter for letter, which by its sound key, and which only one letter off.</summary>
    private struct Cell
    {
        public uint Same;
        public uint Exact;
        public uint Near;
    }

    private enum Meeting { Same, Key, Near }

    [ThreadStatic] private static Cell[]? scratchCells;
    [ThreadStatic] private static int[]? scratchTouched;
    [ThreadStatic] private static float[]? scratchGathered;
    [ThreadStatic] private static DateMemo[]? scratchDates;
    [ThreadStatic] private static EvidenceMemo[]? scratchMemo;
    [ThreadStatic] private static int dateStamp, memoStamp;

    /// <summary>A word met by its sound key only, or one letter off, counts for these shares of its weight (the
    /// similarities <see cref="NameComparison"/> gives a respelling and a typing error).</summary>
    private const float KeyShare = 0.93f, NearShare = 0.85f;

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
        record = SomaliOrthography.ReadIfSomali(record);
        var keys = KeysOf(record);
        gate.EnterWriteLock();
        try
        {
            if (slotOf.TryGetValue(record.Id, out var old)) RemoveSlot(old);
            var slot = free.Count > 0 ? free.Pop() : slots.Count;
            var born = record.BirthDate is { } b ? Pack(b) : -1;
            var words = Math.Max(1, record.Names.Count == 0 ? 1 : record.Names[0].Tokens.Count(t => !t.Particle));
            if (slot == slots.Count) { slots.Add((record, payload)); facts.Add(new(born, words)); }
            else { slots[slot] = (record, payload); facts[slot] = new(born, words); }
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
            var cells = scratchCells is { } c && c.Length >= size ? c : scratchCells = new Cell[Math.Max(size, 1024) * 5 / 4];
            var touched = scratchTouched ??= new int[4096];
            var n = 0;
            // Every unit's own key and letters, and the keys one letter off where they are not too common; then the
            // common ones, only to tell apart the persons already gathered (a typing error in "Hassan" next to "Ahmad").
            List<(List<int> List, uint Bit)>? common = null;
            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                var bit = 1u << u;
                if (!postings.TryGetValue(unit.Exact, out var own)) own = null;
                if (own is not null) Gather(own, bit, Meeting.Key, restricted: false, cells, ref touched, ref n);
                if (unit.Letters is not null && postings.TryGetValue(unit.Letters, out var same))
                    Gather(same, bit, Meeting.Same, restricted: false, cells, ref touched, ref n);
                if (own?.Count > CommonKeyLimit) continue;
                foreach (var key in unit.Near)
                    if (postings.TryGetValue(key, out var list))
                    {
                        if (list.Count <= (key[0] == '#' ? LettersLimit : CommonKeyLimit)) Gather(list, bit, Meeting.Near, restricted: false, cells, ref touched, ref n);
                        else (common ??= []).Add((list, bit));
                    }
            }
            if (common is not null)
                foreach (var (list, bit) in common) Gather(list, bit, Meeting.Near, restricted: true, cells, ref touched, ref n);
            scratchTouched = touched;

            // Rank the gathered persons as the full comparison would, roughly: the share of the query's weight found,
            // the share of the person's words accounted for, and the birth date as PersonMatcher weighs it. A common
            // name gathers thousands of persons with the same weight: the birth date decides which are scored in full.
            var gathered = scratchGathered is { } g && g.Length >= n ? g : scratchGathered = new float[Math.Max(n, 4096) * 5 / 4];
            var whole = 0f;
            foreach (var unit in units) if (unit.First < 0) whole += unit.Weight;
            var born = query.BirthDate;
            var hasDate = born.HasValue;
            var bornOn = born.GetValueOrDefault();
            var dateMemo = scratchDates ??= new DateMemo[DateSlots];
            var dates = hasDate ? ++dateStamp : 0;
            // Most persons are born years away from the query's date, which agrees with nothing unless one digit of the
            // year was mistyped: decided per year, the date memo is only asked about the few years that are close.
            Span<bool> farYear = stackalloc bool[YearSpan];
            if (hasDate)
                for (var y = 0; y < YearSpan; y++)
                    farYear[y] = Math.Abs(FirstYear + y - bornOn.Year) >= 2 && DigitsApart(FirstYear + y, bornOn.Year) > 1;
            var share = (float)queryShare;
            var slotFacts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(facts);
            var memo = scratchMemo ??= new EvidenceMemo[MemoSize];
            var stamp = ++memoStamp;
            for (var k = 0; k < n; k++)
            {
                var i = touched[k];
                var cell = cells[i];
                var hash = (int)((cell.Same * 0x9E3779B1u ^ cell.Exact * 0x85EBCA77u ^ cell.Near * 0xC2B2AE3Du) >> (32 - MemoBits));
                ref var m = ref memo[hash];
                if (m.Stamp != stamp || m.Same != cell.Same || m.Exact != cell.Exact || m.Near != cell.Near)
                {
                    m.Found = Evidence(units, cell, out var w) / whole;
                    m.Words = w;
                    (m.Same, m.Exact, m.Near, m.Stamp) = (cell.Same, cell.Exact, cell.Near, stamp);
                }
                ref readonly var f = ref slotFacts[i];
                var name = share * m.Found + (1 - share) * Math.Min(1f, m.Words / f.Words);
                if (hasDate)
                {
                    var y = (f.Birth >> 9) - FirstYear;
                    name *= f.Birth >= 0 && (uint)y < YearSpan && farYear[y] ? Differs : DateFactor(f.Birth, bornOn, dateMemo, dates);
                }
                gathered[k] = name;
            }

            // Keep the persons that gathered the most (first gathered first among equals), then score them in full.
            var best = Best(gathered, touched, n, Candidates);
            for (var k = 0; k < n; k++) cells[touched[k]] = default;

            var hits = new List<IndexHit<T>>(best.Length);
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

    private static int Pack(PartialDate d) => d.Year * 512 + (d.Month ?? 0) * 32 + (d.Day ?? 0);

    private static void Gather(List<int> list, uint bit, Meeting how, bool restricted, Cell[] cells, ref int[] touched, ref int n)
    {
        foreach (var slot in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list))
        {
            ref var cell = ref cells[slot];
            if ((cell.Same | cell.Exact | cell.Near) == 0)
            {
                if (restricted) continue;
                if (n == touched.Length) Array.Resize(ref touched, touched.Length * 2);
                touched[n++] = slot;
            }
            switch (how)
            {
                case Meeting.Same: cell.Same |= bit; break;
                case Meeting.Key: cell.Exact |= bit; break;
                default: cell.Near |= bit; break;
            }
        }
    }

    /// <summary>
    /// The weight of the query's words a person was gathered by: each word its weight, less when met only by its sound
    /// key or one letter off; two neighbouring words met as one word count as both words, not on top of them.
    /// <paramref name="words"/>: how many of the person's words that accounts for, roughly.
    /// </summary>
    private static float Evidence(List<QueryUnit> units, Cell cell, out int words)
    {
        Span<float> got = stackalloc float[units.Count];
        var total = 0f;
        words = 0;
        for (var u = 0; u < units.Count; u++)
        {
            var bit = 1u << u;
            var unit = units[u];
            var v = (cell.Same & bit) != 0 || ((cell.Exact & bit) != 0 && unit.Letters is null) ? unit.Weight
                : (cell.Exact & bit) != 0 ? unit.Weight * KeyShare
                : (cell.Near & bit) != 0 ? unit.Weight * NearShare : 0f;
            got[u] = v;
            if (v <= 0) continue;
            if (unit.First < 0)
            {
                total += v;
                words++;
                continue;
            }
            var first = unit.First < int.MaxValue ? got[unit.First] : 0;
            var second = unit.Second < int.MaxValue ? got[unit.Second] : 0;
            if (v > first + second)
            {
                total += v - first - second;
                if (first <= 0 && second <= 0) words++;
            }
        }
        return total;
    }

    /// <summary>What a birth date multiplies the name by, as <see cref="PersonMatcher"/> weighs it: computed once per
    /// distinct date and search (a registry has a few tens of thousands of birth dates).</summary>
    private static float DateFactor(int packed, PartialDate born, DateMemo[] memo, int stamp)
    {
        var at = packed - DateBase;
        if (packed < 0 || (uint)at >= (uint)memo.Length)
            return (float)PersonMatcher.DateFactor(BirthDateComparison.Agreement(born, packed < 0 ? null : Unpack(packed)));
        ref var d = ref memo[at];
        if (d.Stamp != stamp) d = new DateMemo(stamp, (float)PersonMatcher.DateFactor(BirthDateComparison.Agreement(born, Unpack(packed))));
        return d.Factor;
    }

    private static readonly float Differs = (float)PersonMatcher.DateFactor((DateAgreement.Differs, 0));

    private static int DigitsApart(int a, int b)
    {
        var n = 0;
        for (; a > 0 || b > 0; a /= 10, b /= 10) if (a % 10 != b % 10) n++;
        return n;
    }

    private const int FirstYear = 1880, YearSpan = 160, DateBase = FirstYear * 512, DateSlots = YearSpan * 512;
    private const int MemoBits = 12, MemoSize = 1 << MemoBits;

    private readonly record struct DateMemo(int Stamp, float Factor);

    private struct EvidenceMemo
    {
        public uint Same, Exact, Near;
        public int Stamp;
        public float Found;
        public int Words;
    }

    private static PartialDate Unpack(int packed) =>
        new(packed >> 9, ((packed >> 5) & 15) is var m && m > 0 ? m : null, (packed & 31) is var d && d > 0 ? d : null);

    /// <summary>The <paramref name="take"/> touched slots with the highest score, best first; among equal scores the one
    /// gathered first (a min-heap of the best so far: one comparison for most of the touched slots).</summary>
    private static int[] Best(float[] gathered, int[] touched, int n, int take)
    {
        var heap = new PriorityQueue<int, (float Score, int Order)>(take + 1, WorstFirst.Instance);
        for (var k = 0; k < n; k++)
        {
            var score = gathered[k];
            if (heap.Count < take) heap.Enqueue(k, (score, k));
            else if (heap.TryPeek(out _, out var worst) && score > worst.Score) heap.EnqueueDequeue(k, (score, k));
        }
        var best = new int[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = touched[heap.Dequeue()];
        return best;
    }

    private sealed class WorstFirst : IComparer<(float Score, int Order)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Order) x, (float Score, int Order) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Order.CompareTo(x.Order);
    }

    /// <summary>A word of the query (<see cref="First"/> −1), or two neighbouring words written as one (the indices of
    /// the words' own units, <see cref="int.MaxValue"/> for a particle, which has none).</summary>
    /// <param name="Letters">The word's letters as filed ("#" + text), for words of four letters or more; a shorter word
    /// met by its key counts as met letter for letter.</param>
    private sealed record QueryUnit(string Exact, string? Letters, List<string> Near, float Weight, int First = -1, int Second = -1);

    /// <summary>The words first, then the pairs written as one; at most 32 units (a bit each).</summary>
    private List<QueryUnit> QueryUnits(IReadOnlyList<NameToken> tokens)
    {
        var count = Math.Min(tokens.Count, 16);
        var units = new List<QueryUnit>();
        var own = new int[count];
        var allParticles = tokens.All(t => t.Particle);
        for (var i = 0; i < count; i++)
        {
            own[i] = int.MaxValue;
            if (tokens[i].Particle && !allParticles) continue;
            own[i] = units.Count;
            var near = Typos(tokens[i]);
            AddOtherSpellings(near, tokens[i]);
            units.Add(new QueryUnit(PostingKey(tokens[i]), tokens[i].Text.Length >= 4 ? "#" + tokens[i].Text : null, near, (float)Weight(tokens[i])));
        }
        var words = units.Select(u => u.Exact).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < count; i++)
        {
            // Worth what its two words are worth, or less when its key is common in its own right ("Amiri Yama" written
            // together sounds like Maryam); nothing when it is the key of one of the words ("Awad Jana" sounds like Jana).
            var joined = NameToken.Join(tokens[i - 1], tokens[i]);
            var key = PostingKey(joined);
            if (words.Contains(key)) continue;
            var parts = (own[i - 1] < int.MaxValue ? units[own[i - 1]].Weight : 0) + (own[i] < int.MaxValue ? units[own[i]].Weight : 0);
            var weight = Math.Min(parts, (float)Weight(joined));
            var near = new List<string>();
            AddOtherSpellings(near, joined);
            if (weight > 0) units.Add(new QueryUnit(key, null, near, weight, own[i - 1], own[i]));
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
                    postingKeys.UnionWith(LettersLeftOut(tokens[i].Text));
                    words.Add(WordKey(tokens[i]));
                    if (tokens[i].Pinyin is not null || tokens[i].Somali is not null) postingKeys.UnionWith(OtherSpellingKeys(tokens[i]));
                }
                if (i + 1 < tokens.Count)
                {
                    var joined = NameToken.Join(tokens[i], tokens[i + 1]);
                    postingKeys.Add(PostingKey(joined));
                    words.Add(WordKey(joined));
                    if (joined.Pinyin is not null || joined.Somali is not null) postingKeys.UnionWith(OtherSpellingKeys(joined));
                }
            }
        }
        return new(postingKeys, words);
    }

    /// <summary>The keys of the other spellings a word may stand for (pinyin readings, <see cref="ChineseRomanization.OtherSpellings"/>;
    /// the Somali reading, <see cref="SomaliOrthography"/>): a Wade–Giles or Somali record is filed under them, so a
    /// search in the usual spelling meets it; a search looks them up as one letter off.</summary>
    private static IEnumerable<string> OtherSpellingKeys(NameToken t) =>
        ChineseRomanization.OtherSpellings(t).Append(t.Somali).OfType<string>().Select(other => PostingKey(NameToken.Of(other))).Where(key => key != PostingKey(t)).Distinct();

    private static void AddOtherSpellings(List<string> near, NameToken t)
    {
        foreach (var key in OtherSpellingKeys(t)) if (!near.Contains(key)) near.Add(key);
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
        // Three letters may be a four-letter name with one left out (Uar / Umar).
        if (text.Length == 3) list.Add("#" + text);
        if (text.Length < 4) return list;
        for (var i = 0; i < text.Length; i++)
        {
            var key = PhoneticKey.Of(string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1)));
            if (key.Length >= 2 && key != t.Key && !list.Contains(key)) list.Add(key);
        }
        list.AddRange(LettersLeftOut(text));
        return list;
    }

    /// <summary>
    /// The letters of a word of four letters or more, whole and with each letter left out in turn (marked "#", apart
    /// from the sound keys). A searched word and a recorded word one typing error apart share one of them whatever the
    /// error — a letter left out, added, replaced or two swapped — even where the error changes the sound key
    /// (Hassad / Hassan meet at "hassa", Demil / Demir at "demi", Rashi / Rashid at "rashi").
    /// </summary>
    private static IEnumerable<string> LettersLeftOut(string text)
    {
        if (text.Length < 4) yield break;
        yield return "#" + text;
        for (var i = 0; i < text.Length; i++)
            if (i == 0 || text[i] != text[i - 1]) yield return string.Concat("#", text.AsSpan(0, i), text.AsSpan(i + 1));
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
