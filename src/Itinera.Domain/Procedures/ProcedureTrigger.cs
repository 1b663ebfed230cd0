using System.Text.Json.Serialization;

namespace Itinera.Domain.Procedures;

/// <summary>
/// Something that happens to a procedure, on <see cref="On"/>, done or recorded by <see cref="By"/> (a user id). The
/// history of a procedure is the list of triggers it accepted; replaying them (<see cref="ProcedureEngine.Replay"/>)
/// rebuilds it. Serialised with a <c>trigger</c> discriminator whose values are stable.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "trigger")]
[JsonDerivedType(typeof(Lodge), "lodge")]
[JsonDerivedType(typeof(MarkIncomplete), "mark-incomplete")]
[JsonDerivedType(typeof(Complete), "complete")]
[JsonDerivedType(typeof(Assign), "assign")]
[JsonDerivedType(typeof(StartExamination), "start-examination")]
[JsonDerivedType(typeof(DeclareAdmissible), "declare-admissible")]
[JsonDerivedType(typeof(ExtendDecisionDeadline), "extend-decision-deadline")]
[JsonDerivedType(typeof(ConsultSchengenStates), "consult-schengen-states")]
[JsonDerivedType(typeof(RecordConsultationReply), "record-consultation-reply")]
[JsonDerivedType(typeof(ResumeExamination), "resume-examination")]
[JsonDerivedType(typeof(RecordGuarantorSolvency), "record-guarantor-solvency")]
[JsonDerivedType(typeof(RequestRegionDecision), "request-region-decision")]
[JsonDerivedType(typeof(RecordRegionDecision), "record-region-decision")]
[JsonDerivedType(typeof(RequestDnaTest), "request-dna-test")]
[JsonDerivedType(typeof(RecordDnaSample), "record-dna-sample")]
[JsonDerivedType(typeof(RecordDnaResult), "record-dna-result")]
[JsonDerivedType(typeof(RenewAttestation), "renew-attestation")]
[JsonDerivedType(typeof(Propose), "propose")]
[JsonDerivedType(typeof(ReturnProposal), "return-proposal")]
[JsonDerivedType(typeof(Validate), "validate")]
[JsonDerivedType(typeof(RecordDeemedDecision), "record-deemed-decision")]
[JsonDerivedType(typeof(Withdraw), "withdraw")]
[JsonDerivedType(typeof(Notify), "notify")]
[JsonDerivedType(typeof(CloseAppealWindow), "close-appeal-window")]
[JsonDerivedType(typeof(Close), "close")]
public abstract record ProcedureTrigger(DateOnly On, string By)
{
    /// <summary>Stable name, the same as the JSON discriminator (e.g. <c>propose</c>).</summary>
    [JsonIgnore]
    public abstract string Name { get; }
}

/// <summary>The application is lodged with the documents handed in. <paramref name="VariantCode"/> picks a variant (e.g. <c>sponsor-d-or-h-card</c>).</summary>
public sealed record Lodge(DateOnly On, string By, IReadOnlyList<string> Documents, string? VariantCode = null) : ProcedureTrigger(On, By)
{
    public override string Name => "lodge";
}

/// <summary>
/// The file is found incomplete; an "incomplete" notice listing the missing items is sent on <paramref name="On"/>.
/// When <paramref name="Missing"/> is null or empty, the engine lists what the checklist still lacks.
/// </summary>
public sealed record MarkIncomplete(DateOnly On, string By, IReadOnlyList<string>? Missing = null) : ProcedureTrigger(On, By)
{
    public override string Name => "mark-incomplete";
}

/// <summary>Documents received; the file is declared complete (fails while anything on the checklist is still missing).</summary>
public sealed record Complete(DateOnly On, string By, IReadOnlyList<string>? Documents = null) : ProcedureTrigger(On, By)
{
    public override string Name => "complete";
}

/// <summary>The procedure is assigned to <paramref name="Officer"/>.</summary>
public sealed record Assign(DateOnly On, string By, string Officer) : ProcedureTrigger(On, By)
{
    public override string Name => "assign";
}

/// <summary>The assigned officer starts the examination (admissibility first for two-phase types).</summary>
public sealed record StartExamination(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "start-examination";
}

/// <summary>The application is declared admissible: the merits phase opens (and, per type, the 120 days or the 9ter attestation start).</summary>
public sealed record DeclareAdmissible(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "declare-admissible";
}

/// <summary>A reasoned decision extends the decision deadline by the next extension the rule allows.</summary>
public sealed record ExtendDecisionDeadline(DateOnly On, string By, string Reason) : ProcedureTrigger(On, By)
{
    public override string Name => "extend-decision-deadline";
}

/// <summary>Short-stay visa: other Schengen states are consulted through VIS Mail (state codes, e.g. <c>FR</c>, <c>DE</c>).</summary>
public sealed record ConsultSchengenStates(DateOnly On, string By, IReadOnlyList<string> States) : ProcedureTrigger(On, By)
{
    public override string Name => "consult-schengen-states";
}

/// <summary>A consulted state replied; <paramref name="Objects"/> is true when it objects to the visa.</summary>
public sealed record RecordConsultationReply(DateOnly On, string By, string State, bool Objects) : ProcedureTrigger(On, By)
{
    public override string Name => "record-consultation-reply";
}

/// <summary>Back to examination while consultations are open: allowed once every reply is in or its period has passed (silence = no objection).</summary>
public sealed record ResumeExamination(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "resume-examination";
}

/// <summary>The guarantor's solvency was checked (undertaking, annex 3bis).</summary>
public sealed record RecordGuarantorSolvency(DateOnly On, string By, bool Solvent, string? UndertakingReference = null) : ProcedureTrigger(On, By)
{
    public override string Name => "record-guarantor-solvency";
}

/// <summary>The Region is asked to decide the work part.</summary>
public sealed record RequestRegionDecision(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "request-region-decision";
}

/// <summary>The Region's decision on the work part.</summary>
public sealed record RecordRegionDecision(DateOnly On, string By, bool WorkAuthorised, string? Reference = null) : ProcedureTrigger(On, By)
{
    public override string Name => "record-region-decision";
}

/// <summary>The secure DNA-test procedure is started to establish kinship.</summary>
public sealed record RequestDnaTest(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "request-dna-test";
}

/// <summary>The DNA samples were taken.</summary>
public sealed record RecordDnaSample(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "record-dna-sample";
}

/// <summary>The DNA result: when <paramref name="KinshipConfirmed"/>, it stands in for the documents of kinship.</summary>
public sealed record RecordDnaResult(DateOnly On, string By, bool KinshipConfirmed) : ProcedureTrigger(On, By)
{
    public override string Name => "record-dna-result";
}

/// <summary>9ter: the attestation of immatriculation is renewed by the next period the rule allows.</summary>
public sealed record RenewAttestation(DateOnly On, string By, string Reason) : ProcedureTrigger(On, By)
{
    public override string Name => "renew-attestation";
}

/// <summary>An officer writes a proposal. Negative outcomes need <paramref name="Reasons"/>.</summary>
public sealed record Propose(DateOnly On, string By, ProcedureOutcome Outcome, string? Reasons = null) : ProcedureTrigger(On, By)
{
    public override string Name => "propose";
}

/// <summary>The supervisor sends the proposal back with a note.</summary>
public sealed record ReturnProposal(DateOnly On, string By, string Note) : ProcedureTrigger(On, By)
{
    public override string Name => "return-proposal";
}

/// <summary>
/// A supervisor validates the proposal: the decision is taken on <see cref="ProcedureTrigger.On"/>.
/// <paramref name="IsSupervisor"/> comes from the server's view of the user's roles, never from the client.
/// </summary>
public sealed record Validate(DateOnly On, string By, bool IsSupervisor) : ProcedureTrigger(On, By)
{
    public override string Name => "validate";
}

/// <summary>Records the decision the law attaches to silence once the decision deadline has expired (e.g. the visa is granted).</summary>
public sealed record RecordDeemedDecision(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "record-deemed-decision";
}

/// <summary>The applicant withdraws the application: the procedure closes without a decision on the merits.</summary>
public sealed record Withdraw(DateOnly On, string By, string? Note = null) : ProcedureTrigger(On, By)
{
    public override string Name => "withdraw";
}

/// <summary>
/// The decision is notified. <paramref name="On"/> is the date of hand delivery, sending (electronic), transmission to
/// the municipality or post, or posting (mail). Opens the appeal window when the outcome has an appeal rule.
/// </summary>
public sealed record Notify(DateOnly On, string By, NotificationChannel Channel) : ProcedureTrigger(On, By)
{
    public override string Name => "notify";
}

/// <summary>Closes the appeal window: once the period is over, or earlier when an appeal was lodged (the appeal becomes its own procedure).</summary>
public sealed record CloseAppealWindow(DateOnly On, string By, bool AppealLodged) : ProcedureTrigger(On, By)
{
    public override string Name => "close-appeal-window";
}

/// <summary>Closes a notified procedure that opened no appeal window.</summary>
public sealed record Close(DateOnly On, string By) : ProcedureTrigger(On, By)
{
    public override string Name => "close";
}
