using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>Stable deadline kinds of <see cref="ProcedureDeadline.Kind"/>.</summary>
public static class DeadlineKinds
{
    public const string Decision = "decision";

    public const string ConsultationReply = "consultation-reply";

    public const string Attestation = "attestation";

    public const string Appeal = "appeal";
}

/// <summary>
/// One deadline of a procedure as the web layer shows it (the JSON <c>deadlines: [{kind, dueDate, legalBasis, status}]</c>).
/// <see cref="ConsequenceAtExpiry"/> says what the law attaches to silence (e.g. VisaGranted: "silence means the visa is
/// granted") before expiry; <see cref="ConsequenceInForce"/> is that consequence once Expired.
/// </summary>
/// <param name="Subject">What the deadline concerns when a procedure has several of a kind (the consulted state's code); null otherwise.</param>
public sealed record ProcedureDeadline(
    string Kind,
    string RuleCode,
    LocalizedText Title,
    DateOnly Start,
    DateOnly DueDate,
    string LegalBasis,
    DeadlineStatus Status,
    int DaysLeft,
    ExpiryConsequence ConsequenceAtExpiry,
    ExpiryConsequence ConsequenceInForce,
    int ExtensionsGranted,
    int MaxExtensions,
    bool Unconfirmed,
    string? UnconfirmedNote,
    string? Subject = null);

/// <summary>Computes a procedure's deadlines for a given day. Pure.</summary>
public static class ProcedureDeadlines
{
    /// <summary>
    /// The procedure's deadlines on <paramref name="today"/>: the decision deadline once its clock runs (with its
    /// extensions), each consultation reply, the 9ter attestation once admissible, and after notification the appeal
    /// deadline. A deadline whose act was done in time is <see cref="DeadlineStatus.Met"/>.
    /// </summary>
    public static IReadOnlyList<ProcedureDeadline> For(Procedure procedure, DateOnly today, int dueSoonDays = Deadline.DefaultDueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        List<ProcedureDeadline> list = [];

        if (ProcedureEngine.DecisionDeadline(procedure) is { } decision)
        {
            var done = procedure.Decision is { Outcome: not ProcedureOutcome.DeemedGranted } d ? d.On : (DateOnly?)null;
            list.Add(Row(DeadlineKinds.Decision, decision, today, done, dueSoonDays));
        }

        foreach (var consultation in procedure.Consultations)
        {
            list.Add(Row(DeadlineKinds.ConsultationReply, ProcedureEngine.ConsultationDeadline(consultation), today, consultation.RepliedOn, dueSoonDays, consultation.State));
        }

        if (procedure.Steps.HasFlag(ProcedureSteps.Attestation) && procedure.AdmissibleOn is { } admissible)
        {
            var attestation = DeadlineCalculator.Compute(LegalRules.StayDecisions.MedicalAttestation, admissible, procedure.AttestationRenewals).Value;
            list.Add(Row(DeadlineKinds.Attestation, attestation, today, procedure.Decision?.On, dueSoonDays));
        }

        if (AppealDeadline(procedure) is { } appeal)
        {
            list.Add(Row(DeadlineKinds.Appeal, appeal, today, procedure.AppealLodgedOn, dueSoonDays));
        }

        return list;
    }

    /// <summary>The appeal deadline opened by the notification, or null (not notified, or the outcome opens no appeal).</summary>
    public static Deadline? AppealDeadline(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Notification is not { } notification || procedure.Decision?.AppealRuleCode is not { } code)
        {
            return null;
        }

        var rule = LegalRules.Find(code) ?? throw new InvalidOperationException($"Unknown appeal rule '{code}'.");
        return DeadlineCalculator.Compute(rule, notification.AppealClockEvent).Value;
    }

    private static ProcedureDeadline Row(string kind, Deadline deadline, DateOnly today, DateOnly? doneOn, int dueSoonDays, string? subject = null)
    {
        var assessment = deadline.Assess(today, doneOn, dueSoonDays);
        var rule = deadline.Rule;
        return new ProcedureDeadline(
            kind, rule.Code, rule.Title, deadline.Start, deadline.DueDate, rule.LegalBasis, assessment.Status, assessment.DaysLeft,
            rule.Consequence, assessment.Consequence, deadline.ExtensionsGranted, rule.MaxExtensions, rule.Unconfirmed,
            rule.UnconfirmedNote, subject);
    }
}
