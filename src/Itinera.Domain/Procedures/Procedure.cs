using System.Text.Json.Serialization;
using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>An "incomplete" notice: the missing items, sent on <paramref name="SentOn"/>.</summary>
public sealed record IncompleteNotice(DateOnly SentOn, string By, IReadOnlyList<string> Missing);

/// <summary>A proposal awaiting validation.</summary>
public sealed record Proposal(ProcedureOutcome Outcome, string? Reasons, string By, DateOnly On);

/// <summary>
/// The decision: proposed by one person, validated by a supervisor on <paramref name="On"/> (four eyes), or deemed by law
/// (<paramref name="ValidatedBy"/> null), or a withdrawal.
/// </summary>
public sealed record Decision(ProcedureOutcome Outcome, string? Reasons, string? ProposedBy, string? ValidatedBy, DateOnly On, string DocumentCode, string? AppealRuleCode);

/// <summary>
/// How and when the decision was notified. <paramref name="AppealClockEvent"/> is the day passed to the appeal rule as
/// its start event (the period runs from the next day): the notification day, or for mail the day before the 3rd
/// working day after posting (art 39/57 §2, rebuttable by the addressee).
/// </summary>
public sealed record NotificationRecord(DateOnly On, NotificationChannel Channel, DateOnly AppealClockEvent);

/// <summary>A Schengen state consulted through VIS Mail; <paramref name="RepliedOn"/> and <paramref name="Objects"/> set on reply.</summary>
public sealed record Consultation(string State, DateOnly SentOn, DateOnly? RepliedOn = null, bool? Objects = null)
{
    /// <summary>True once the state replied.</summary>
    public bool Replied => RepliedOn is not null;
}

/// <summary>The DNA-test step: requested, sample taken, result.</summary>
public sealed record DnaTest(DateOnly RequestedOn, DateOnly? SampleTakenOn = null, DateOnly? ResultOn = null, bool? KinshipConfirmed = null);

/// <summary>The Region's decision on the work part.</summary>
public sealed record RegionDecision(DateOnly? RequestedOn, DateOnly? DecidedOn = null, bool? WorkAuthorised = null, string? Reference = null);

/// <summary>The guarantor's solvency check (annex 3bis undertaking).</summary>
public sealed record GuarantorCheck(DateOnly On, string By, bool Solvent, string? UndertakingReference);

/// <summary>One accepted trigger: <paramref name="Sequence"/> from 1, the state before and after.</summary>
public sealed record HistoryEntry(int Sequence, ProcedureTrigger Trigger, ProcedureState From, ProcedureState To);

/// <summary>
/// A procedure on a dossier. Immutable: <see cref="ProcedureEngine.Transition"/> returns a new one. Everything here can
/// be rebuilt from <see cref="History"/> (the triggers) with <see cref="ProcedureEngine.Replay"/>; the other properties
/// are the folded state, convenient to persist as columns or JSON.
/// </summary>
public sealed record Procedure
{
    /// <summary>The id given by the caller (e.g. a GUID string or a dossier-scoped number).</summary>
    public required string Id { get; init; }

    public required string TypeCode { get; init; }

    public string? VariantCode { get; init; }

    public ProcedureState State { get; init; } = ProcedureState.Draft;

    public ProcedurePhase Phase { get; init; } = ProcedurePhase.None;

    public DateOnly? LodgedOn { get; init; }

    /// <summary>The day the file was first found complete (annex 15quinquies / 16bis delivered; student 90 days start).</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>The day the application was declared admissible (single permit 120 days, 9ter attestation start).</summary>
    public DateOnly? AdmissibleOn { get; init; }

    public IReadOnlyList<string> ReceivedDocuments { get; init; } = [];

    public IReadOnlyList<IncompleteNotice> IncompleteNotices { get; init; } = [];

    public string? AssignedOfficer { get; init; }

    public IReadOnlyList<ExtensionDecision> DecisionExtensions { get; init; } = [];

    public IReadOnlyList<Consultation> Consultations { get; init; } = [];

    public GuarantorCheck? Guarantor { get; init; }

    public RegionDecision? Region { get; init; }

    public DnaTest? Dna { get; init; }

    /// <summary>9ter attestation renewals (each an extension of <c>stay.9ter.attestation</c>).</summary>
    public IReadOnlyList<ExtensionDecision> AttestationRenewals { get; init; } = [];

    /// <summary>Where a waiting state (consultation, Region, DNA test) returns to.</summary>
    public ProcedureState? ResumeState { get; init; }

    public Proposal? Proposal { get; init; }

    public Decision? Decision { get; init; }

    public NotificationRecord? Notification { get; init; }

    /// <summary>When the appeal window was closed because an appeal was lodged.</summary>
    public DateOnly? AppealLodgedOn { get; init; }

    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    /// <summary>The procedure's type (from <see cref="ProcedureTypes"/>).</summary>
    /// <exception cref="InvalidOperationException">The type code is unknown (build procedures through <see cref="ProcedureEngine.Create"/>).</exception>
    [JsonIgnore]
    public ProcedureType Type => ProcedureTypes.Find(TypeCode) ?? throw new InvalidOperationException($"Unknown procedure type '{TypeCode}'.");

    /// <summary>The decision deadline rule (the variant's when it has one); null when the type has none.</summary>
    [JsonIgnore]
    public LegalRule? DecisionRule => Type.DecisionRuleFor(VariantCode);

    [JsonIgnore]
    public ProcedureSteps Steps => Type.StepsFor(VariantCode);

    [JsonIgnore]
    public IReadOnlyList<DocumentRequirement> Checklist => Type.ChecklistFor(VariantCode);

    /// <summary>Checklist codes neither received nor replaced by a confirmed DNA test.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> MissingDocuments =>
        [.. Checklist
            .Where(d => !ReceivedDocuments.Contains(d.Code, StringComparer.Ordinal))
            .Where(d => !(d.ProvesKinship && Dna?.KinshipConfirmed == true))
            .Select(d => d.Code)];

    /// <summary>
    /// The start event date of the decision deadline, or null while it has not happened (incomplete file, not yet
    /// admissible…). Mapping: application lodged → <see cref="LodgedOn"/>; annex 15quinquies, annex 16bis or complete
    /// application → <see cref="CompletedOn"/>; admissibility → <see cref="AdmissibleOn"/>.
    /// </summary>
    [JsonIgnore]
    public DateOnly? DecisionClockStart => DecisionRule is { } rule ? StartOf(rule.StartsOn) : null;

    /// <summary>The date of the start event <paramref name="startEvent"/> in this procedure, or null.</summary>
    public DateOnly? StartOf(StartEvent startEvent) => startEvent switch
    {
        StartEvent.ApplicationLodged => LodgedOn,
        StartEvent.Annex15quinquiesDelivered or StartEvent.Annex16bisDelivered or StartEvent.CompleteApplication => CompletedOn,
        StartEvent.AdmissibilityDecision => AdmissibleOn,
        StartEvent.Notification => Notification?.AppealClockEvent,
        _ => null,
    };

    /// <summary>True when the procedure is past the decision (decided, notified, appeal window, closed).</summary>
    [JsonIgnore]
    public bool IsDecided => Decision is not null;
}
