using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Itinera.Domain.Identity;

/// <summary>
/// One word of a name, ready for comparison: <see cref="Text"/> is lower-case Latin without diacritics (any script is
/// transliterated first), <see cref="Key"/> its sound skeleton (see <see cref="PhoneticKey"/>), and
/// <see cref="Particle"/> marks the small words that are not names on their own (al, el, ben, bin, abu, van, de…).
/// </summary>
public sealed record NameToken(string Text, string Key, bool Particle)
{
    public static NameToken Of(string text) => new(text, PhoneticKey.Of(text), NameText.IsParticle(text));
}

/// <summary>Turns a written name, in any script, into comparable <see cref="NameToken"/>s.</summary>
public static partial class NameText
{
    /// <summary>
    /// Connecting words of Arabic, Berber, Dutch, French, Portuguese, Spanish, Italian and German names. They count
    /// for nothing alone but are kept so that "El Hassan" can still meet "Elhassan", and "Abd al-Rahman" "Abdelrahman".
    /// "bn", "bnt" and "bw" are ibn, bint and abu as Arabic script transliterates them (no short vowels).
    /// </summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ed", "er", "es", "et", "ez", "en",
        "ben", "bin", "ibn", "bint", "bent", "bnt", "bn", "abu", "abou", "bou", "bu", "bw", "ould", "ait", "oulad", "uld",
        "van", "von", "der", "den", "de", "ter", "te", "het", "t", "vanden", "vander", "vande",
        "da", "das", "do", "dos", "di", "du", "del", "della", "dela", "des", "la", "le", "lo", "y", "e", "d", "l",
    };

    public static bool IsParticle(string text) => Particles.Contains(text);

    /// <summary>The tokens of a name, in their written order. Empty for a null or blank name.</summary>
    public static IReadOnlyList<NameToken> Tokens(string? name)
    {
        var latin = ToLatin(name);
        if (latin.Length == 0) return [];
        var words = latin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<NameToken>(words.Length);
        foreach (var w in words) tokens.Add(NameToken.Of(w));
        return tokens;
    }

    /// <summary>
    /// Lower-case Latin letters and single spaces. Non-Latin scripts are transliterated (AnyAscii tables, with a few
    /// corrections for names below); diacritics dropped; apostrophes inside a word removed (O'Brien → obrien);
    /// every other sign separates words.
    /// </summary>
    public static string ToLatin(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var s = name.Normalize(NormalizationForm.FormC);
        if (HasArabic(s))
        {
            s = ArabicArticle().Replace(ArabicAbd().Replace(s, "عبد "), " ");
            // A word-initial alif carries the vowel: او → u (Ondoa, Omar), اي → i, ا → a; otherwise و reads as w.
            s = ArabicInitialVowel().Replace(s, m => m.Value.Length == 1 ? "a" : m.Value[1] == 'و' ? "u" : "i");
        }
        if (HasGreek(s)) s = GreekDigraphs(s.ToLowerInvariant());
        var ascii = AnyAscii.Transliteration.Transliterate(s);
        var sb = new StringBuilder(ascii.Length);
        var space = true;
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
                space = false;
            }
            else if (c is '\'' or '`' or '’')
            {
                // Apostrophes inside a word (O'Brien) and the signs for hamza and ain in transliterated Arabic.
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static bool HasArabic(string s)
    {
        foreach (var c in s) if (c is >= '\u0600' and <= '\u06FF') return true;
        return false;
    }

    private static bool HasGreek(string s)
    {
        foreach (var c in s) if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF') return true;
        return false;
    }

    /// <summary>Greek vowel digraphs read as one sound (ου = ou, not "oy"; αι = e; ει, οι = i; μπ = b; ντ = d).</summary>
    private static string GreekDigraphs(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Replace("ου", "ou", StringComparison.Ordinal).Replace("αι", "e", StringComparison.Ordinal)
            .Replace("ει", "i", StringComparison.Ordinal).Replace("οι", "i", StringComparison.Ordinal)
            .Replace("μπ", "b", StringComparison.Ordinal).Replace("ντ", "d", StringComparison.Ordinal)
            .Replace("γκ", "g", StringComparison.Ordinal);
    }

    [GeneratedRegex("(?<![\\u0621-\\u064A])[اأإآ][وي]?")]
    private static partial Regex ArabicInitialVowel();

    /// <summary>"عبد" written together with the article of the next name (عبدالرحمن) is split: Abd + Rahman.</summary>
    [GeneratedRegex("عبد\\s*(?=ال)")]
    private static partial Regex ArabicAbd();

    /// <summary>The Arabic definite article ال at the start of a word is dropped, as Latin spellings often do.</summary>
    [GeneratedRegex("(?<![\\u0621-\\u064A])ال(?=[\\u0621-\\u064A]{2})")]
    private static partial Regex ArabicArticle();
}
