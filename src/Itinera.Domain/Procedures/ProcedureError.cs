using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>An expected error from the <see cref="ProcedureEngine"/>. <see cref="Code"/> is stable (problem+json type).</summary>
public abstract record ProcedureError(string Code);

/// <summary>The trigger is not allowed in the procedure's current state.</summary>
public sealed record InvalidTransition(ProcedureState From, string Trigger) : ProcedureError("procedure.invalid-transition");

/// <summary>The person who wrote the proposal cannot validate it (four eyes).</summary>
public sealed record FourEyesViolation(string Proposer) : ProcedureError("procedure.four-eyes-violation");

/// <summary>Only a user with the <c>supervisor</c> role may validate a decision.</summary>
public sealed record NotASupervisor(string By) : ProcedureError("procedure.not-a-supervisor");

/// <summary>Documents of the checklist are still missing.</summary>
public sealed record MissingDocuments(IReadOnlyList<string> Codes) : ProcedureError("procedure.missing-documents");

/// <summary>The file cannot be marked incomplete: nothing on the checklist is missing.</summary>
public sealed record NothingMissing() : ProcedureError("procedure.nothing-missing");

/// <summary>The document code is not on the type's checklist.</summary>
public sealed record UnknownDocument(string DocumentCode) : ProcedureError("procedure.unknown-document");

/// <summary>A refusal, inadmissibility or non-consideration must state its reasons.</summary>
public sealed record ReasonsRequired(ProcedureOutcome Outcome) : ProcedureError("procedure.reasons-required");

/// <summary>The type cannot end with this outcome (or it is not proposed: withdrawal and deemed decisions have their own triggers).</summary>
public sealed record OutcomeNotAllowed(string TypeCode, ProcedureOutcome Outcome) : ProcedureError("procedure.outcome-not-allowed");

/// <summary>There is no decision to notify yet.</summary>
public sealed record NotificationBeforeDecision(ProcedureState State) : ProcedureError("procedure.notification-before-decision");

/// <summary>The law requires another notification route (e.g. through the municipality).</summary>
public sealed record NotificationChannelNotAllowed(NotificationRoute Required, NotificationChannel Given) : ProcedureError("procedure.notification-channel-not-allowed");

/// <summary>The examination cannot start before the procedure is assigned to an officer.</summary>
public sealed record NotAssigned() : ProcedureError("procedure.not-assigned");

/// <summary>A trigger without the user who acted, or a blank required text (note, reason, officer, state).</summary>
public sealed record ValueRequired(string Field) : ProcedureError("procedure.value-required");

/// <summary>The trigger is dated after today.</summary>
public sealed record DateInFuture(DateOnly On, DateOnly Today) : ProcedureError("procedure.date-in-future");

/// <summary>The trigger is dated before the last step of the history.</summary>
public sealed record DateBeforePreviousStep(DateOnly On, DateOnly Previous) : ProcedureError("procedure.date-before-previous-step");

/// <summary>The type (or its variant) has no such step (e.g. a Schengen consultation on a 9ter application).</summary>
public sealed record StepNotAvailable(string TypeCode, ProcedureSteps Step) : ProcedureError("procedure.step-not-available");

/// <summary>The type has no decision deadline to extend or to expire.</summary>
public sealed record NoDecisionDeadline(string TypeCode) : ProcedureError("procedure.no-decision-deadline");

/// <summary>The decision clock has not started yet (e.g. family reunification with an incomplete file).</summary>
public sealed record ClockNotStarted() : ProcedureError("procedure.clock-not-started");

/// <summary>The legal clock refused an extension (limit reached, no reason, after expiry…); <see cref="Inner"/> says why.</summary>
public sealed record DeadlineRejected(DeadlineError Inner) : ProcedureError("procedure.deadline-rejected");

/// <summary>The decision deadline has not expired, so no decision can be deemed taken.</summary>
public sealed record DeadlineNotExpired(DateOnly DueDate) : ProcedureError("procedure.deadline-not-expired");

/// <summary>The law attaches no positive decision to silence for this type.</summary>
public sealed record NoDeemedDecision(string TypeCode, ExpiryConsequence Consequence) : ProcedureError("procedure.no-deemed-decision");

/// <summary>
/// The decision deadline expired on <paramref name="DueDate"/> and the law then deems the application granted
/// (<paramref name="Consequence"/>): a negative decision can no longer be taken.
/// </summary>
public sealed record DecisionTimeBarred(DateOnly DueDate, ExpiryConsequence Consequence) : ProcedureError("procedure.decision-time-barred");

/// <summary>Consulted states have neither replied nor let their reply period pass.</summary>
public sealed record ConsultationPending(IReadOnlyList<string> States) : ProcedureError("procedure.consultation-pending");

/// <summary>A consulted state objected: the visa cannot be granted (a visa with limited territorial validity is another procedure).</summary>
public sealed record GrantBlockedByObjection(IReadOnlyList<string> States) : ProcedureError("procedure.grant-blocked-by-objection");

/// <summary>The state was not consulted, was consulted twice, or already replied.</summary>
public sealed record InvalidConsultation(string State, string Reason) : ProcedureError("procedure.invalid-consultation");

/// <summary>The Region has not decided the work part yet.</summary>
public sealed record RegionDecisionPending() : ProcedureError("procedure.region-decision-pending");

/// <summary>The Region refused the work part: the permit cannot be granted.</summary>
public sealed record RegionRefusedWork() : ProcedureError("procedure.region-refused-work");

/// <summary>DNA result recorded before the samples were taken.</summary>
public sealed record DnaSampleNotTaken() : ProcedureError("procedure.dna-sample-not-taken");

/// <summary>The outcome belongs to the other phase (e.g. a grant before admissibility, inadmissibility after it).</summary>
public sealed record WrongPhase(ProcedurePhase Phase, ProcedureOutcome Outcome) : ProcedureError("procedure.wrong-phase");

/// <summary>The appeal window cannot be closed before its due date unless an appeal was lodged.</summary>
public sealed record AppealWindowStillOpen(DateOnly DueDate) : ProcedureError("procedure.appeal-window-still-open");

/// <summary>The variant code is not one of the type's variants.</summary>
public sealed record UnknownVariant(string TypeCode, string VariantCode) : ProcedureError("procedure.unknown-variant");

/// <summary>No procedure type has this code.</summary>
public sealed record UnknownProcedureType(string TypeCode) : ProcedureError("procedure.unknown-type");
