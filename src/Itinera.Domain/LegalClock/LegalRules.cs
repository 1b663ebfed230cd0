namespace Itinera.Domain.LegalClock;

/// <summary>
/// The catalogue of statutory deadlines (the "rules list"), from legal-rules.md. Each section of that file is a nested
/// class; <see cref="All"/> lists every rule once. Codes are stable: a rule that changes in law gets a new code, the old
/// one stays for dossiers already running under it.
/// </summary>
public static partial class LegalRules
{
    private static readonly Lazy<IReadOnlyList<LegalRule>> AllRules = new(() =>
    [
        .. StayDecisions.All,
        .. Protection.All,
        .. Appeals.All,
        .. Return.All,
        .. Detention.All,
        .. Dublin.All,
        .. Ammr.All,
    ]);

    private static readonly Lazy<IReadOnlyDictionary<string, LegalRule>> ByCode =
        new(() => AllRules.Value.ToDictionary(r => r.Code, StringComparer.Ordinal));

    /// <summary>Every rule, grouped by section (stay, protection, appeals, return, detention, Dublin III, AMMR).</summary>
    public static IReadOnlyList<LegalRule> All => AllRules.Value;

    /// <summary>The rule with this exact code, or null.</summary>
    public static LegalRule? Find(string code) =>
        code is not null && ByCode.Value.TryGetValue(code, out var rule) ? rule : null;
}
