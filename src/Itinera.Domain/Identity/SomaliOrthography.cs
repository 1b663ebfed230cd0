namespace Itinera.Domain.Identity;

/// <summary>
/// Somali is written in Latin letters with two of them read otherwise than elsewhere: x is the Arabic ḥ (ح) and c the
/// ʿayn (ع), which other Latin spellings leave out. Maxamed Cabdi Xasan is the Mohamed Abdi Hassan of a French or
/// English form; Cali Cumar is Ali Umar; Jaamac is Jama. A Somali passport, and an officer copying it, write the
/// Somali form. Only a name with an x after a vowel or before one at the start of a word (Maxamed, Axmed, Faarax,
/// Xasan) is read so, all its words then; "Cali Cumar" alone cannot be told from a Latin "Carlo", unless the person
/// or the search says Somali or Djiboutian nationality.
/// The reading is a second way to compare, never instead of the letters (Alexander still is Alexander).
/// </summary>
public static class SomaliOrthography
{
    /// <summary>The tokens, each word with c or x given its Somali reading when one word of the name shows the Somali x.</summary>
    public static List<NameToken> ReadAllIfMarked(List<NameToken> tokens)
    {
        if (!tokens.Exists(t => HasSomaliX(t.Text))) return tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (Reading(tokens[i].Text) is { } reading) tokens[i] = tokens[i] with { Somali = reading };
        return tokens;
    }

    /// <summary>Nationalities whose passports write names in Somali orthography (Somalia, Djibouti).</summary>
    public static bool Writes(IReadOnlyList<string>? nationalities)
    {
        if (nationalities is null) return false;
        for (var i = 0; i < nationalities.Count; i++) if (nationalities[i] is "SO" or "DJ") return true;
        return false;
    }

    /// <summary>Every word with c or x given its Somali reading, whatever the name shows (the person is Somali).</summary>
    public static IReadOnlyList<NameToken> ReadAll(IReadOnlyList<NameToken> tokens) =>
        tokens.Any(t => t.Somali is null && Reading(t.Text) is not null)
            ? tokens.Select(t => t.Somali is null && Reading(t.Text) is { } reading ? t with { Somali = reading } : t).ToList()
            : tokens;

    /// <summary>A Somali or Djiboutian person's names, each read as Somali (Cali Cumar is then Ali Umar too).</summary>
    public static MatchRecord ReadIfSomali(MatchRecord record)
    {
        if (!Writes(record.Nationalities)) return record;
        List<KnownName>? read = null;
        for (var i = 0; i < record.Names.Count; i++)
        {
            var tokens = ReadAll(record.Names[i].Tokens);
            if (ReferenceEquals(tokens, record.Names[i].Tokens)) continue;
            read ??= [.. record.Names];
            read[i] = record.Names[i] with { Tokens = tokens };
        }
        // Already read (a record from the index, scored again): the same record, nothing allocated.
        return read is null ? record : record with { Names = read };
    }

    /// <summary>x read as h, c (the ʿayn) left out as other spellings do; null for a word with neither.</summary>
    public static string? Reading(string word)
    {
        if (word.AsSpan().IndexOfAny('x', 'c') < 0) return null;
        var read = word.Replace('x', 'h').Replace("c", "", StringComparison.Ordinal);
        return read.Length >= 2 && read != word ? read : null;
    }

    private static bool HasSomaliX(string word)
    {
        for (var i = 0; i < word.Length; i++)
            if (word[i] == 'x' && (i == 0 ? word.Length > 1 && IsVowel(word[1]) : IsVowel(word[i - 1]))) return true;
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
