using System.Globalization;
using System.Text;

namespace Itinera.Domain.Persons;

/// <summary>
/// The form of a name used for exact and prefix search: upper case, diacritics removed, punctuation
/// (hyphens, apostrophes, dots) turned into spaces, spaces collapsed. "Abd-al Rahmân" and "ABD AL RAHMAN" share a key.
/// Fuzzy matching across scripts and spellings belongs to the identity module; this is only the exact key.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        var result = sb.ToString().TrimEnd();
        // A few letters have no decomposition to a base letter.
        return result.Replace("Ø", "O", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal)
            .Replace("Œ", "OE", StringComparison.Ordinal).Replace("ß", "SS", StringComparison.Ordinal)
            .Replace("Ł", "L", StringComparison.Ordinal).Replace("Đ", "D", StringComparison.Ordinal)
            .Replace("İ", "I", StringComparison.Ordinal).Replace("ı", "I", StringComparison.Ordinal);
    }

    /// <summary>The words of a name key, for prefix matching on each word.</summary>
    public static IReadOnlyList<string> Words(string? name) =>
        Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
