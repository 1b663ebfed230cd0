namespace Itinera.Domain.Identity;

/// <summary>How one part of a searched name met a part of a recorded name.</summary>
public enum NameAgreement
{
    /// <summary>Same letters once script, case and diacritics are set aside (Müller = MULLER = Мюллер…).</summary>
    Exact,
    /// <summary>Another spelling of the same sounds (Mohammed / Muhammad, Tesfaye / Tesfay, Abdelrahman / Abdurrahman).</summary>
    Spelling,
    /// <summary>Close letters: a typing error, a missing or swapped letter.</summary>
    Typo,
    /// <summary>One side writes as one word what the other writes as two (Abdel Rahman / Abdelrahman, El Hassan / Elhassan).</summary>
    Joined,
    /// <summary>An initial meets a name starting with it.</summary>
    Initial,
    /// <summary>The searched word is the beginning of the recorded one (a name still being typed, a shortened name).</summary>
    Prefix,
    /// <summary>One given name in two languages, or its usual short form (Yohannes / John, Yusuf / Joseph, Bibi / Benjamin).</summary>
    Equivalent,
}

public sealed record NamePartMatch(string Query, string Matched, NameAgreement How, double Similarity);

public sealed record NameComparisonResult(double Score, double QueryCoverage, double RecordCoverage, IReadOnlyList<NamePartMatch> Parts);

/// <summary>
/// Compares two names word by word, whatever their order (surname and given names swapped, parts moved between
/// them), allowing a word on one side to meet two joined words on the other. Each word weighs by how rare it is
/// (given by the caller): agreeing on Mohammed says less than agreeing on a rare surname.
/// </summary>
public static class NameComparison
{

    /// <param name="queryShare">Weight of "how much of the searched name was found" against "how much of the
    /// recorded name was accounted for": 0.75 for a search (the caller may know only part of the name), 0.5 to compare
    /// two records on an equal footing.</param>
    public static NameComparisonResult Compare(IReadOnlyList<NameToken> query, IReadOnlyList<NameToken> record,
        Func<NameToken, double> weight, double queryShare)
    {
        if (query.Count == 0 || record.Count == 0) return new(0, 0, 0, []);
        // A search compares one query with a hundred records: its units are made once.
        var qUnits = lastQuery is { } last && ReferenceEquals(last.Tokens, query) ? last.Units : (lastQuery = (query, Units(query))).Value.Units;
        var rUnits = Units(record);
        var pairs = new List<(Unit Q, Unit R, double Sim, NameAgreement How)>();
        foreach (var q in qUnits)
            foreach (var r in rUnits)
            {
                if (q.Length > 1 && r.Length > 1) continue;
                var initials = RunTogetherInitials(q, r, query, record);
                var (sim, how) = initials ? (InitialSimilarity, NameAgreement.Initial) : Similarity(q.Token, r.Token);
                // A search may give only the beginning of a word (typed so far, or shortened): not when comparing records.
                if (sim <= 0 && queryShare > 0.5 && q.Length == 1 && r.Length == 1 && q.Token.Text.Length >= 3
                    && r.Token.Text.Length > q.Token.Text.Length && r.Token.Text.StartsWith(q.Token.Text, StringComparison.Ordinal))
                    (sim, how) = (0.85, NameAgreement.Prefix);
                if (sim <= 0 || (how == NameAgreement.Initial && (q.Length > 1 || r.Length > 1) && !initials)) continue;
                // Two words written as one keep their letters (Abdel Rahman / Abdelrahman / Abdurrahman); a word that
                // only sounds like two others run together is a coincidence of the sound key (Fon / Wu Yun → fn).
                if ((q.Length > 1 || r.Length > 1) && how == NameAgreement.Spelling && !LettersAlike(q.Token, r.Token)) continue;
                if (q.Length > 1 || r.Length > 1) how = how == NameAgreement.Exact || how == NameAgreement.Spelling ? NameAgreement.Joined : how;
                pairs.Add((q, r, sim, how));
            }
        // Best agreements first; between equals, single words before joined ones.
        pairs.Sort((x, y) => y.Sim != x.Sim ? y.Sim.CompareTo(x.Sim) : (x.Q.Length + x.R.Length).CompareTo(y.Q.Length + y.R.Length));

        var qAllParticles = query.All(t => t.Particle);
        var rAllParticles = record.All(t => t.Particle);
        var qWeight = Weights(query, qAllParticles, weight);
        var rWeight = Weights(record, rAllParticles, weight);
        var qTotal = qWeight.Sum();
        var rTotal = rWeight.Sum();
        var qUsed = new bool[query.Count];
        var rUsed = new bool[record.Count];
        double qGot = 0, rGot = 0;
        var parts = new List<NamePartMatch>();
        foreach (var (q, r, sim, how) in pairs)
        {
            if (Used(qUsed, q) || Used(rUsed, r)) continue;
            Mark(qUsed, q);
            Mark(rUsed, r);
            for (var i = q.Start; i < q.Start + q.Length; i++) qGot += sim * qWeight[i];
            for (var i = r.Start; i < r.Start + r.Length; i++) rGot += sim * rWeight[i];
            if (q.Length == 1 && query[q.Start].Particle && !qAllParticles) continue;
            parts.Add(new NamePartMatch(q.Token.Text, r.Token.Text, how, Math.Round(sim, 3)));
        }
        var qAll = AllMatched(query, qUsed, qAllParticles);
        var rAll = AllMatched(record, rUsed, rAllParticles);
        // A patronymic left out by the shorter name (see LeftOutPatronymic) is not missing from it.
        if (qAll && !rAll && LeftOutPatronymic(record, rUsed, rAllParticles, rWeight) is { } rLeftOut) { rTotal -= rLeftOut; rAll = true; }
        else if (rAll && !qAll && LeftOutPatronymic(query, qUsed, qAllParticles, qWeight) is { } qLeftOut) { qTotal -= qLeftOut; qAll = true; }
        var qCov = qTotal > 0 ? qGot / qTotal : 0;
        var rCov = rTotal > 0 ? rGot / rTotal : 0;
        double score;
        var lineage = LineageCrossed(query, record, parts);
        if (qAll && rAll) score = queryShare * qCov + (1 - queryShare) * rCov;
        // One name contains the other (a short form, names left out): what is there agrees. A search may give only
        // the part of the name the caller knows; between two records, one holding a single word of the other's four
        // is weaker evidence, so the share of the longer name found counts for more.
        else if (qAll) score = qCov * (Contained(queryShare) + (1 - Contained(queryShare)) * rCov);
        else if (rAll) score = rCov * (Contained(queryShare) + (1 - Contained(queryShare)) * qCov);
        // Each side has a word the other lacks: a conflict, not just a shorter form.
        else score = (queryShare * qCov + (1 - queryShare) * rCov) * 0.8;
        // Salman bin Muhammad is not Muhammad bin Salman: the name before "bin" is the person's own.
        if (lineage) score *= 0.7;
        return new(score, qCov, rCov, parts);
    }

    [ThreadStatic] private static (IReadOnlyList<NameToken> Tokens, List<Unit> Units)? lastQuery;

    /// <summary>What each word weighs; a particle nothing, unless the name is all particles.</summary>
    private static double[] Weights(IReadOnlyList<NameToken> tokens, bool allParticles, Func<NameToken, double> weight)
    {
        var w = new double[tokens.Count];
        for (var i = 0; i < w.Length; i++) w[i] = tokens[i].Particle && !allParticles ? 0 : weight(tokens[i]);
        return w;
    }

    private static double Contained(double queryShare) => queryShare > 0.5 ? 0.8 : 0.6;

    /// <summary>Similarity of two words and how they agree; 0 when they do not.</summary>
    public static (double Similarity, NameAgreement How) Similarity(NameToken a, NameToken b)
    {
        // Both written in Chinese characters or Korean syllables: another character is another name, even when the
        // two read alike in Latin letters (高石 / 高市, 김종은 / 김정은).
        if (a.Glyph is not null && b.Glyph is not null)
            return string.Equals(a.Glyph, b.Glyph, StringComparison.Ordinal) ? (1, NameAgreement.Exact) : (0, NameAgreement.Typo);
        var letters = LetterSimilarity(a, b);
        // A Somali name read as other spellings write it (Maxamed → Mahamed, Cabdi → Abdi): at most another spelling.
        if (letters.Similarity <= 0 && (a.Somali is not null || b.Somali is not null))
            letters = AtMostASpelling(LetterSimilarity(a.Somali is null ? a : NameToken.Of(a.Somali), b.Somali is null ? b : NameToken.Of(b.Somali), true));
        // Checked only where the letters agree: a word of a name is compared with dozens of others per search.
        if (letters.Similarity > 0 && letters.How != NameAgreement.Exact && SlavicSurnames.OfTheOtherSex(a.Text, b.Text)) return (0, NameAgreement.Typo);
        if (letters.Similarity < GivenNameEquivalents.Similarity && GivenNameEquivalents.Same(a.Text, b.Text))
            return (GivenNameEquivalents.Similarity, NameAgreement.Equivalent);
        return letters;
    }

    private static (double Similarity, NameAgreement How) LetterSimilarity(NameToken a, NameToken b, bool stemmed = false)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal)) return (1, NameAgreement.Exact);
        if (a.Text.Length == 1 || b.Text.Length == 1)
            return a.Text[0] == b.Text[0] ? (InitialSimilarity, NameAgreement.Initial) : (0, NameAgreement.Typo);
        // Latvian and Lithuanian give a foreign name their nominative ending (Sergejs Lavrovs, Vladimiras Putinas):
        // the same name in another language's grammar, so at most another spelling.
        if (!stemmed && BalticStem(a.Text, b.Text) is { } stemA && LetterSimilarity(NameToken.Of(stemA), b, true) is { Similarity: > 0 } sa)
            return AtMostASpelling(sa);
        if (!stemmed && BalticStem(b.Text, a.Text) is { } stemB && LetterSimilarity(a, NameToken.Of(stemB), true) is { Similarity: > 0 } sb)
            return AtMostASpelling(sb);
        // A key of one or two consonants is shared by many names: one consonant needs the same first sound (Djoy / Joy,
        // not Ali / Ola), two need letters alike when both words write their vowels (Dima / Deema, not Adeyemi / Dima;
        // a word from Arabic script has no vowels to compare: ديما is dym).
        var sameKey = a.Key.Length > 0 && string.Equals(a.Key, b.Key, StringComparison.Ordinal)
                      && (a.Key.Length >= 3
                          || (a.Key.Length == 2 && (!HasVowel(a.Text) || !HasVowel(b.Text) || JaroWinkler.Similarity(a.Text, b.Text) >= 0.6))
                          || (a.Key.Length == 1 && FirstSound(a) == FirstSound(b) && Math.Abs(a.Text.Length - b.Text.Length) <= 1));
        if (sameKey) return (0.93, NameAgreement.Spelling);
        if (ChineseRomanization.Same(a, b)) return (0.93, NameAgreement.Spelling);
        if (ChineseRomanization.Heard(a.Text, b.Text) || ChineseRomanization.Heard(b.Text, a.Text))
            return (ChineseRomanization.HeardSimilarity, NameAgreement.Spelling);
        // Abd al-Rahman and Abd al-Rahim are two names (servant of the Merciful, of the Compassionate; Abd al-Karim,
        // Abd al-Aziz…): between two such names a typing error is judged on the short name after Abd, not on the word.
        if (!stemmed && AfterAbd(a.Text) is { } godA && AfterAbd(b.Text) is { } godB)
            return AtMostASpelling(LetterSimilarity(NameToken.Of(godA), NameToken.Of(godB), true));
        // A typing error: one edit in a word of five letters or more, two from eight. Shorter words differ in one
        // letter between different names too often (Ali / Ari, Omar / Amar) to call that a typo.
        var shortest = Math.Min(a.Text.Length, b.Text.Length);
        if (shortest >= 5)
        {
            var allowed = shortest >= 8 ? 2 : 1;
            var d = Edits.Distance(FinalJAsY(a.Text), FinalJAsY(b.Text), allowed);
            if (d <= allowed) return (d == 1 ? 0.9 : 0.85, NameAgreement.Typo);
            // Another spelling with a typing error in it (Mukhamad / Mohammed): keys one edit apart.
            if (a.Key.Length >= 4 && b.Key.Length >= 4 && Edits.Distance(a.Key, b.Key, 1) <= 1 && JaroWinkler.Similarity(a.Text, b.Text) >= 0.85)
                return (0.85, NameAgreement.Typo);
        }
        // Four letters, same first letter, one edit (Merz / Mertz): a weaker typo. Weak enough that it cannot make a
        // likely match on its own: a letter changed in four is as often another name (Amir / Amin, Kaya / Kara) as a
        // typing error. With the rest of the name agreeing (Friedrich Merz / Friedrich Mertz) it still counts.
        else if (shortest == 4 && a.Text[0] == b.Text[0] && Edits.Distance(a.Text, b.Text, 1) <= 1)
            return (0.7, NameAgreement.Typo);
        return (0, NameAgreement.Typo);
    }

    private static bool HasVowel(string word) => word.AsSpan().IndexOfAny("aeiou") >= 0;

    /// <summary>The vowel a word starts with, or its first consonant as the sound key hears it (dj → j).</summary>
    private static char FirstSound(NameToken t) => t.Text[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? t.Text[0] : t.Key[0];

    /// <summary>Slavic й at the end of a name (Sergej, Sergey) is one letter, not a typing error (see <see cref="PhoneticKey"/>).</summary>
    private static string FinalJAsY(string word) =>
        word.Length > 2 && word[^1] == 'j' && word[^2] is 'e' or 'i' ? string.Concat(word.AsSpan(0, word.Length - 1), "y") : word;

    /// <summary>Parts of two words agree: the words themselves are at best another spelling of one name.</summary>
    private static (double Similarity, NameAgreement How) AtMostASpelling((double Similarity, NameAgreement How) parts) =>
        parts.Similarity <= 0 ? (0, NameAgreement.Typo)
            : (Math.Min(parts.Similarity, 0.93), parts.How == NameAgreement.Exact ? NameAgreement.Spelling : parts.How);

    /// <summary>The word without the Latvian or Lithuanian case ending the other word lacks; null when it has none.</summary>
    private static string? BalticStem(string word, string other)
    {
        if (word.Length <= other.Length || word[^1] != 's') return null;
        foreach (var ending in BalticEndings)
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal)
                && !other.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length];
        return null;
    }

    /// <summary>The name after Abd and its article (Abdurrahim → rahim, Abdelkader → kader, Abdul-Aziz → aziz), or
    /// null for a word that is not an Abd- name.</summary>
    private static string? AfterAbd(string word)
    {
        if (word.Length < 7 || !word.StartsWith("abd", StringComparison.Ordinal)) return null;
        var rest = word[3..];
        // The article: al, el, ul, il, ol; assimilated before a sun letter (ur-Rahman, as-Salam): the vowel and a
        // doubled consonant; or only the joining vowel (Abdurahman).
        if (rest.Length >= 4 && rest[0] is 'a' or 'e' or 'i' or 'o' or 'u')
            rest = rest[1] == 'l' && !(rest[2] is 'a' or 'e' or 'i' or 'o' or 'u') ? rest[2..]
                : rest[1] == rest[2] ? rest[2..] : rest[1..];
        return rest.Length >= 3 ? rest : null;
    }

    private static readonly string[] BalticEndings = ["as", "is", "us", "ys", "s"];

    /// <summary>
    /// Initials run together (JC Juncker, JP Morgan, AK Bakr): a word of two or three consonants meets as many
    /// neighbouring words that start with those letters, in order. A word with a vowel is a name (Al, Abu, Ng is one
    /// of the few that has none and two words starting N and G are rare).
    /// </summary>
    private static bool RunTogetherInitials(Unit q, Unit r, IReadOnlyList<NameToken> query, IReadOnlyList<NameToken> record) =>
        q.Length == 1 ? Spells(query[q.Start].Text, record, r) : r.Length == 1 && Spells(record[r.Start].Text, query, q);

    private static bool Spells(string initials, IReadOnlyList<NameToken> tokens, Unit run)
    {
        if (run.Length < 2 || initials.Length != run.Length || initials.Any(c => "aeiouy".Contains(c))) return false;
        for (var i = 0; i < run.Length; i++)
        {
            var word = tokens[run.Start + i];
            if (word.Particle || word.Text.Length < 2 || word.Text[0] != initials[i]) return false;
        }
        return true;
    }

    private static bool LettersAlike(NameToken a, NameToken b) => JaroWinkler.Similarity(a.Text, b.Text) >= 0.75 || ChineseRomanization.Same(a, b);

    /// <summary>An initial says little: it meets half the names of a list.</summary>
    public const double InitialSimilarity = 0.7;

    private static readonly HashSet<string> Lineage = new(StringComparer.Ordinal) { "bin", "ben", "ibn", "bint", "bent", "bn", "bnt", "ould", "uld" };

    /// <summary>Both names say "X son of Y" and the person's own name on one side is the father's on the other.</summary>
    private static bool LineageCrossed(IReadOnlyList<NameToken> query, IReadOnlyList<NameToken> record, List<NamePartMatch> parts)
    {
        var qi = IndexOfLineage(query);
        var ri = IndexOfLineage(record);
        if (qi < 1 || ri < 1 || qi + 1 >= query.Count || ri + 1 >= record.Count) return false;
        var qOwn = query[qi - 1].Text;
        var rOwn = record[ri - 1].Text;
        var rFather = record[ri + 1].Text;
        return parts.Any(p => p.Query == qOwn && p.Matched == rFather) && !parts.Any(p => p.Query == qOwn && p.Matched == rOwn);
    }

    private static int IndexOfLineage(IReadOnlyList<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++) if (Lineage.Contains(tokens[i].Text)) return i;
        return -1;
    }

    /// <summary>
    /// Russian, Ukrainian and Belarusian patronymics (Viktorovich, Oleksandrivna), Azerbaijani, Kazakh and Uzbek ones
    /// (Heydarovich, Heydar oglu, uly, qizi). A Ukrainian passport prints the patronymic in Cyrillic but leaves it out of
    /// the Latin name, Western forms have no field for it: the same person is recorded with and without. Only the
    /// patronymic left unmatched in a name of three words or more whose other words all met the shorter name, so that
    /// it never hides a conflict and a surname of the same form (Abramovich) is still needed.
    /// </summary>
    private static double? LeftOutPatronymic(IReadOnlyList<NameToken> tokens, bool[] used, bool allParticles, double[] weight)
    {
        var unmatched = new List<int>(2);
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Particle && !allParticles) continue;
            words++;
            if (!used[i]) unmatched.Add(i);
        }
        if (unmatched.Count == 1 && words >= 3 && EndsLikePatronymic(tokens[unmatched[0]].Text)) return weight[unmatched[0]];
        // "Heydar oglu": the father's name, then the word for "son of" (or "daughter of").
        if (unmatched.Count == 2 && words >= 4 && unmatched[1] == unmatched[0] + 1 && PatronymicWords.Contains(tokens[unmatched[1]].Text))
            return weight[unmatched[0]] + weight[unmatched[1]];
        // An Arabic lineage (nasab) lists ancestors between the person's own name and the family's: Usama bin Muhammad
        // ibn Awad ibn Ladin is written Osama bin Laden. Ancestors in the middle of the chain, between two "son of",
        // may be left out; the first name and the last (the family's) still have to meet the shorter name.
        if (unmatched.Count > 0 && unmatched.All(i => i > 0 && i + 1 < tokens.Count && Lineage.Contains(tokens[i - 1].Text) && Lineage.Contains(tokens[i + 1].Text)))
            return unmatched.Sum(i => weight[i]);
        return null;
    }

    private static bool EndsLikePatronymic(string word) =>
        PatronymicEndings.Any(e => word.Length >= e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] PatronymicEndings =
        ["ovich", "evich", "ovych", "evych", "avich", "ovna", "evna", "ivna", "avna", "ichna", "ogly", "oglu", "ogli", "ugli", "uly", "kyzy", "qizi", "gizi"];

    private static readonly HashSet<string> PatronymicWords = new(StringComparer.Ordinal) { "ogly", "oglu", "ogli", "ugli", "uly", "kyzy", "qizi", "gizi", "kizi" };

    private static bool AllMatched(IReadOnlyList<NameToken> tokens, bool[] used, bool allParticles)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (!used[i] && (allParticles || !tokens[i].Particle)) return false;
        return true;
    }

    private readonly record struct Unit(int Start, int Length, NameToken Token);

    /// <summary>
    /// Each word alone, and each run of two or three neighbouring words written as one: a particle joins its name on
    /// both sides ("Van den Berg" is written "Vandenberg", "Abd al-Rahman" "Abdelrahman" or "Abdurrahman"), and a name
    /// may be cut in its syllables (Plat Ono Vich / Platonovich, Gebre Egzi Abher / Gebreegziabher).
    /// </summary>
    private static List<Unit> Units(IReadOnlyList<NameToken> tokens)
    {
        var units = new List<Unit>(tokens.Count * 3);
        for (var i = 0; i < tokens.Count; i++)
        {
            units.Add(new Unit(i, 1, tokens[i]));
            if (i + 1 < tokens.Count) units.Add(new Unit(i, 2, NameToken.Join(tokens[i], tokens[i + 1])));
            if (i + 2 < tokens.Count)
                units.Add(new Unit(i, 3, NameToken.Join(NameToken.Join(tokens[i], tokens[i + 1]), tokens[i + 2])));
        }
        return units;
    }

    private static bool Used(bool[] used, Unit u)
    {
        for (var i = u.Start; i < u.Start + u.Length; i++) if (used[i]) return true;
        return false;
    }

    private static void Mark(bool[] used, Unit u)
    {
        for (var i = u.Start; i < u.Start + u.Length; i++) used[i] = true;
    }
}
