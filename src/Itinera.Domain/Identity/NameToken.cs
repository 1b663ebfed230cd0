using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Itinera.Domain.Identity;

/// <summary>
/// One word of a name, ready for comparison: <see cref="Text"/> is lower-case Latin without diacritics (any script is
/// transliterated first), <see cref="Key"/> its sound skeleton (see <see cref="PhoneticKey"/>), and
/// <see cref="Particle"/> marks the words that are not names on their own: connecting words (al, el, ben, bin, abu,
/// van, de…) and titles (Dr, Mr, Sheikh, Haji…). <see cref="Glyph"/> is the Chinese character or Korean syllable the
/// word was read from, when it was: two such words agree only when their characters do (石 and 市 both read "shi").
/// </summary>
/// <see cref="Pinyin"/> is the word's pinyin when its name is written in Wade–Giles (see <see cref="ChineseRomanization"/>).
/// <see cref="Somali"/> is its reading in Somali orthography (x = ḥ, c = ʿayn) when its name is Somali (see <see cref="SomaliOrthography"/>).
public sealed record NameToken(string Text, string Key, bool Particle, string? Glyph = null, string? Pinyin = null, string? Somali = null)
{
    public static NameToken Of(string text) => new(text, PhoneticKey.Of(text), NameText.IsParticle(text), Pinyin: ChineseRomanization.PinyinOf(text));

    /// <summary>Two neighbouring words written as one; the characters and the pinyin go with them when both have some.</summary>
    public static NameToken Join(NameToken a, NameToken b)
    {
        var joined = Of(a.Text + b.Text);
        return joined with
        {
            Glyph = a.Glyph is not null && b.Glyph is not null ? a.Glyph + b.Glyph : null,
            Pinyin = a.Pinyin is not null && b.Pinyin is not null ? a.Pinyin + b.Pinyin : joined.Pinyin,
            Somali = a.Somali is not null || b.Somali is not null ? (a.Somali ?? a.Text) + (b.Somali ?? b.Text) : null,
        };
    }
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

    /// <summary>
    /// Titles and forms of address in the languages the office meets (Dr, Mr, Mme, Dhr, Mevr, President): written
    /// before a name on forms and in police reports, they are not part of the person's name. Religious and honorific
    /// titles that are also family names (Sheikh and El Hajji are surnames in Pakistan and Morocco; Haji, Mullah, Imam,
    /// Sayed), and ranks that are surnames (Major, Marshall, Herr) are not here: they stay names.
    /// </summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "president", "sir", "dame",
        "mme", "mlle", "monsieur", "madame", "mademoiselle", "dhr", "mevr", "mevrouw", "frau",
        "general", "colonel", "capt", "captain", "rev", "reverend",
    };

    public static bool IsParticle(string text) => Particles.Contains(text) || Titles.Contains(text);

    /// <summary>The tokens of a name, in their written order. Empty for a null or blank name.</summary>
    public static IReadOnlyList<NameToken> Tokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var tokens = new List<NameToken>();
        if (!HasSyllableGlyphs(name))
        {
            AddWords(tokens, ToLatin(name), null);
            return SomaliOrthography.ReadAllIfMarked(ChineseRomanization.ReadAllIfAny(tokens));
        }
        // Chinese characters and Korean syllables: one word each, as Latin spellings separate them (Xi Jin Ping,
        // Kim Jong Un; joined neighbours still meet Jinping, Jongun), each keeping its character.
        var run = new StringBuilder();
        foreach (var rune in name.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (!IsSyllableGlyph(rune.Value))
            {
                run.Append(rune.ToString());
                continue;
            }
            AddWords(tokens, ToLatin(run.ToString()), null);
            run.Clear();
            AddWords(tokens, ToLatin(rune.ToString()), rune.ToString());
        }
        AddWords(tokens, ToLatin(run.ToString()), null);
        return tokens;
    }

    private static void AddWords(List<NameToken> tokens, string latin, string? glyph)
    {
        foreach (var w in latin.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(glyph is null ? NameToken.Of(w) : new NameToken(w, PhoneticKey.Of(w), false, glyph));
    }

    /// <summary>CJK unified ideographs (with extensions and compatibility forms) and Hangul syllables.</summary>
    private static bool IsSyllableGlyph(int c) =>
        c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F
            or >= 0xAC00 and <= 0xD7A3;

    private static bool HasSyllableGlyphs(string s)
    {
        foreach (var rune in s.EnumerateRunes()) if (IsSyllableGlyph(rune.Value)) return true;
        return false;
    }

    /// <summary>
    /// A digit inside a word is the letter it stands for: a passport's machine-readable zone read by OCR, or a name
    /// typed from it, confuses 0/O, 1/I, 5/S, 8/B, 6/G, 2/Z; 3, 4, 7 and 9 stand for E, A, T and G. A digit standing
    /// alone is not a letter and separates words.
    /// </summary>
    private static char DigitAsLetter(char digit) => "oizeasgtbg"[digit - '0'];

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
            if (c is >= '0' and <= '9' && (IsLetter(ascii, i - 1) || IsLetter(ascii, i + 1))) c = DigitAsLetter(c);
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

    private static bool IsLetter(string s, int i) => i >= 0 && i < s.Length && char.IsAsciiLetter(s[i]);

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
