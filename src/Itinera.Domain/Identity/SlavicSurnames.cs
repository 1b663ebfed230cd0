namespace Itinera.Domain.Identity;

/// <summary>
/// Russian, Ukrainian, Bulgarian, Polish, Czech and Slovak surnames change form with the bearer's sex: Petrov is a man,
/// Petrova a woman (Kowalski / Kowalska, Novák / Nováková, Tolstoy / Tolstaya). A woman's passport is always written in
/// the feminine form and a man's in the masculine, so the two forms of one surname name two people of one family
/// (Oleg Baranov and Olga Baranova), never two spellings of one person.
/// </summary>
public static class SlavicSurnames
{
    private static readonly (string Masculine, string Feminine)[] Forms =
    [
        ("ov", "ova"), ("ev", "eva"), ("yov", "yova"), ("in", "ina"), ("yn", "yna"),
        ("sky", "skaya"), ("skiy", "skaya"), ("skii", "skaya"), ("ski", "ska"), ("sky", "ska"),
        ("tsky", "tskaya"), ("cki", "cka"), ("dzki", "dzka"), ("oy", "aya"), ("iy", "aya"),
    ];

    /// <summary>One word is the masculine and the other the feminine form of a Slavic surname (their stems may differ
    /// by a spelling or a typing error: Baranov / Barynova).</summary>
    public static bool OfTheOtherSex(string a, string b) => MasculineFeminine(a, b) || MasculineFeminine(b, a);

    private static bool MasculineFeminine(string masculine, string feminine)
    {
        foreach (var (m, f) in Forms)
            if (masculine.Length >= m.Length + 3 && feminine.Length >= f.Length + 3
                && masculine.EndsWith(m, StringComparison.Ordinal) && feminine.EndsWith(f, StringComparison.Ordinal))
                return true;
        // Czech and Slovak add -ová to the whole masculine name (Novák / Nováková).
        return feminine.Length >= masculine.Length + 3 && feminine.EndsWith("ova", StringComparison.Ordinal)
               && feminine.StartsWith(masculine, StringComparison.Ordinal) && masculine.Length >= 4;
    }
}
