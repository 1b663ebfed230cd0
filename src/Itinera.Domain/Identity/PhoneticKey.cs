using System.Text;

namespace Itinera.Domain.Identity;

/// <summary>
/// The consonant skeleton of a Latin name word: the part that survives the usual ways one name is spelt in Latin
/// letters from Arabic, Cyrillic, Ge'ez, Persian or Turkish, and by French, Dutch, English or German clerks.
/// <list type="bullet">
/// <item>Vowels are dropped, because Arabic script does not write short vowels and Latin spellings disagree on them
/// (Mohammed, Muhammad, Mohamed, Mouhamad → mhmd). y and w count as vowels inside a word (Youssef, يوسف → ysf), and so is a final j after e or i (Sergej, Sergey → srg).</item>
/// <item>Consonants that transliterations render differently are folded: kh/h (Mukhammad), ph/f, v/w/f, p/b, q/k, c/k,
/// ch/sh/sch/tch/s (Chérif, Sharif), z/s, dj/j, zh/j, gh/g, th/t, dh/d, x/ks.</item>
/// <item>Doubled letters are single (Hassan, Hasan).</item>
/// <item>The article after abd is dropped: Abdelkader, Abdul Kader, Abd al-Qadir, Abdulkadir → bdkdr; and
/// Abdurrahman (article assimilated) meets Abdelrahman; Abdul or Abdel written alone is Abd → bd.</item>
/// </list>
/// A key says two words may be the same name; the score still compares the letters.
/// </summary>
public static class PhoneticKey
{
    public static string Of(string latinWord)
    {
        var w = latinWord;
        if (w.Length == 0) return "";
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var next2 = i + 2 < w.Length ? w[i + 2] : '\0';
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    // Initial "ou" before a vowel is a w (Oualid = Walid).
                    if (i == 0 && c == 'o' && next == 'u' && IsVowel(next2)) { sb.Append('f'); i++; }
                    continue;
                case 'y' or 'w':
                    if (i == 0) sb.Append(c == 'y' ? 'y' : 'f');
                    continue;
                // Slavic й at the end of a name is j or y or i (Sergej, Sergey, Sergei; Jurij, Yuriy): a vowel here.
                // Only after e and i: Arabic names end in a real j after a (Faraj, Siraj, Taj).
                case 'j' when i > 0 && w[i - 1] is 'e' or 'i' or 'y' && (next == '\0' || (next == 's' && next2 == '\0')):
                    continue;
                case 'k' when next == 'h': sb.Append('h'); i++; continue;
                case 'g' when next == 'h': sb.Append('g'); i++; continue;
                case 'p' when next == 'h': sb.Append('f'); i++; continue;
                case 't' when next == 'h': sb.Append('t'); i++; continue;
                case 'd' when next == 'h': sb.Append('d'); i++; continue;
                case 'd' when next is 'j' or 'z' && next2 != 'h': sb.Append('j'); i++; continue;
                case 'd' when next == 'z' && next2 == 'h': sb.Append('j'); i += 2; continue;
                case 'z' when next == 'h': sb.Append('j'); i++; continue;
                case 't' when next == 's' && next2 == 'c' && i + 3 < w.Length && w[i + 3] == 'h': sb.Append('s'); i += 3; continue;
                case 't' when next == 'c' && next2 == 'h': sb.Append('s'); i += 2; continue;
                case 's' when next == 'c' && next2 == 'h': sb.Append('s'); i += 2; continue;
                case 's' or 'c' when next == 'h': sb.Append('s'); i++; continue;
                case 'c' when next == 'k': sb.Append('k'); i++; continue;
                case 'c': sb.Append(next is 'e' or 'i' or 'y' ? 's' : 'k'); continue;
                case 'q': sb.Append('k'); continue;
                case 'z': sb.Append('s'); continue;
                case 'v': sb.Append('f'); continue;
                // Arabic has no p: Pérez is written بيريز (byryz).
                case 'p': sb.Append('b'); continue;
                case 'x': sb.Append("ks"); continue;
                default: sb.Append(c); continue;
            }
        }
        // Doubled consonants are one.
        var key = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
            if (key.Length == 0 || key[^1] != c) key.Append(c);
        var result = key.ToString();
        // Abd + article: bdl… → bd… (Abdelkader, Abdulkadir); Abdurrahman's assimilated article is already one r.
        if (result.StartsWith("bdl", StringComparison.Ordinal) && result.Length > 4) result = "bd" + result[3..];
        // Abd + article written alone, the name following as another word (Abdul Rahman, Abdel Kader): the article
        // belongs to the next word, so this is Abd (عبد), as Arabic script and "Abd al-Rahman" write it. Without this,
        // "Abdul" (bdl) could meet neither "Abd" nor the Arabic-script name.
        else if (AbdWithArticle.Contains(w)) result = "bd";
        return result;
    }

    private static readonly HashSet<string> AbdWithArticle = new(StringComparer.Ordinal) { "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul" };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
