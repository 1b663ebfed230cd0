using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>One document of a type's completeness checklist.</summary>
/// <param name="Code">Stable code, e.g. <c>proof-of-kinship</c>.</param>
/// <param name="LegalBasis">Article the requirement comes from, where known; null otherwise.</param>
/// <param name="ProvesKinship">True when a confirmed DNA test stands in for this document.</param>
public sealed record DocumentRequirement(string Code, LocalizedText Label, string? LegalBasis = null, bool ProvesKinship = false);

/// <summary>What an outcome produces: the annex or letter template, and the appeal it opens once notified.</summary>
/// <param name="DocumentCode">Template code: <c>annex.20</c> for an annex of the royal decree, <c>letter.…</c>, <c>visa.…</c> or <c>card.…</c> otherwise.</param>
/// <param name="AppealRuleCode">A <see cref="LegalRules"/> code opened at notification (e.g. <c>appeal.cce.annulment</c>); null when none.</param>
/// <param name="DocumentUnconfirmed">True when the annex number or template is not confirmed by legal-rules.md.</param>
public sealed record OutcomeRule(ProcedureOutcome Outcome, string DocumentCode, string? AppealRuleCode, bool DocumentUnconfirmed = false)
{
    /// <summary>Refusals, inadmissibility and non-consideration must be reasoned.</summary>
    public bool RequiresReasons => ProcedureOutcomes.IsNegative(Outcome);
}

/// <summary>
/// A variant of a type that changes its rules, e.g. family reunification when the sponsor holds a D or H card (4 + 3 months),
/// or a long-stay visa for paid work (the Region decides the work part).
/// </summary>
public sealed record ProcedureVariant
{
    public required string Code { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Replaces the type's decision rule when set.</summary>
    public LegalRule? DecisionRule { get; init; }

    /// <summary>Steps added to the type's steps.</summary>
    public ProcedureSteps AddedSteps { get; init; }

    /// <summary>Documents added to the type's checklist.</summary>
    public IReadOnlyList<DocumentRequirement> AddedDocuments { get; init; } = [];
}

/// <summary>
/// A kind of procedure: its checklist, decision deadline, steps, outcomes and notification route. Data only; the
/// <see cref="ProcedureEngine"/> applies it. The registry is <see cref="ProcedureTypes"/>.
/// </summary>
public sealed record ProcedureType
{
    /// <summary>Stable code, e.g. <c>stay.family-reunification</c>. Never reused.</summary>
    public required string Code { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The statute the procedure applies.</summary>
    public required string LegalBasis { get; init; }

    public required IReadOnlyList<DocumentRequirement> Checklist { get; init; }

    /// <summary>The decision deadline; null when legal-rules.md gives none (9bis, 9ter, long-stay visa).</summary>
    public LegalRule? DecisionRule { get; init; }

    public IReadOnlyList<ProcedureVariant> Variants { get; init; } = [];

    public ProcedureSteps Steps { get; init; }

    public required IReadOnlyList<OutcomeRule> Outcomes { get; init; }

    public NotificationRoute NotificationRoute { get; init; }

    /// <summary>The annex or letter given when the application is lodged or found complete (e.g. <c>annex.15quinquies</c>); null when none.</summary>
    public string? AcknowledgementDocumentCode { get; init; }

    /// <summary>Why part of this type's modelling is not confirmed by legal-rules.md; null when nothing is.</summary>
    public string? Remark { get; init; }

    /// <summary>The variant with this code, or null.</summary>
    public ProcedureVariant? FindVariant(string? code) =>
        code is null ? null : Variants.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));

    /// <summary>The outcome rule for <paramref name="outcome"/>, or null when the type cannot end that way.</summary>
    public OutcomeRule? FindOutcome(ProcedureOutcome outcome) => Outcomes.FirstOrDefault(o => o.Outcome == outcome);

    /// <summary>The decision rule of the variant, else the type's.</summary>
    public LegalRule? DecisionRuleFor(string? variantCode) => FindVariant(variantCode)?.DecisionRule ?? DecisionRule;

    public ProcedureSteps StepsFor(string? variantCode) => Steps | (FindVariant(variantCode)?.AddedSteps ?? ProcedureSteps.None);

    public IReadOnlyList<DocumentRequirement> ChecklistFor(string? variantCode) =>
        [.. Checklist, .. FindVariant(variantCode)?.AddedDocuments ?? []];
}

/// <summary>Helpers on <see cref="ProcedureOutcome"/>.</summary>
public static class ProcedureOutcomes
{
    /// <summary>Refused, Inadmissible and NotConsidered: they need reasons and cannot follow a deemed-positive expiry.</summary>
    public static bool IsNegative(ProcedureOutcome outcome) =>
        outcome is ProcedureOutcome.Refused or ProcedureOutcome.Inadmissible or ProcedureOutcome.NotConsidered;

    /// <summary>Consequences of an expired decision deadline that amount to a positive decision.</summary>
    public static bool IsDeemedPositive(ExpiryConsequence consequence) =>
        consequence is ExpiryConsequence.VisaGranted or ExpiryConsequence.RightRecognised or ExpiryConsequence.PositiveDecision;
}
