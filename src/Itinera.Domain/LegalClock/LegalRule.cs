namespace Itinera.Domain.LegalClock;

/// <summary>
/// One statutory deadline: what starts it, how long it runs, how it may be extended or suspended, what happens when
/// it passes, and the law it comes from. Rules are data; <see cref="DeadlineCalculator"/> applies them.
/// The numbers come from legal-rules.md; where that file marks a number UNCONFIRMED, <see cref="UnconfirmedNote"/> says so.
/// </summary>
public sealed record LegalRule
{
    /// <summary>Stable code, lower-case, dot-separated, e.g. <c>stay.family-reunification.decision</c>. Never reused.</summary>
    public required string Code { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The base period.</summary>
    public required Period Period { get; init; }

    /// <summary>The event whose date starts the period (that day itself is not counted).</summary>
    public required StartEvent StartsOn { get; init; }

    /// <summary>
    /// True only where the law moves a last day falling on a Saturday, Sunday or legal holiday to the next working day
    /// (Law 15.12.1980 art 39/57 §2 for CCE appeals; Judicial Code art 53 for judicial periods).
    /// </summary>
    public bool MovesToNextWorkingDay { get; init; }

    /// <summary>
    /// The extensions the law allows, in the order they may be granted: the k-th extension granted must carry
    /// <c>Extensions[k]</c>. Empty when the rule cannot be extended. Its count is the extension limit.
    /// </summary>
    public IReadOnlyList<Period> Extensions { get; init; } = [];

    /// <summary>
    /// True when the clock stops while the file is incomplete (only where the law or legal-rules.md says so). No rule of
    /// <see cref="LegalRules"/> does today: for family reunification an incomplete file delays the start instead.
    /// </summary>
    public bool SuspendsWhileFileIncomplete { get; init; }

    /// <summary>What happens when the deadline passes without the required act.</summary>
    public required ExpiryConsequence Consequence { get; init; }

    /// <summary>The article and act, as legal-rules.md gives them (with the act's name where the table implies it).</summary>
    public required string LegalBasis { get; init; }

    /// <summary>Edge cases and context worth showing next to the deadline; null when none.</summary>
    public string? Remark { get; init; }

    /// <summary>Why part of this rule is not confirmed (legal-rules.md marks it UNCONFIRMED); null when confirmed.</summary>
    public string? UnconfirmedNote { get; init; }

    /// <summary>True when some number, article or reading of this rule is not confirmed from the sources.</summary>
    public bool Unconfirmed => UnconfirmedNote is not null;

    /// <summary>How many extensions the law allows (0 when none).</summary>
    public int MaxExtensions => Extensions.Count;

    /// <summary>The base period and every allowed extension, in order.</summary>
    public IReadOnlyList<Period> MaximumPeriods => [Period, .. Extensions];
}
