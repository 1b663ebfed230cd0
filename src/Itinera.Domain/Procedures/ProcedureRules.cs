using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>
/// Periods the procedures need that the <see cref="LegalRules"/> catalogue does not hold (legal-rules.md does not give
/// them). Each is marked unconfirmed. Kept here rather than in the catalogue so the catalogue stays the table of
/// legal-rules.md; move them there once confirmed.
/// </summary>
public static class ProcedureRules
{
    /// <summary>Reply of a Schengen state consulted before a short-stay visa is issued: 7 calendar days, silence = no objection.</summary>
    public static LegalRule SchengenConsultationReply { get; } = new()
    {
        Code = "stay.short-stay-visa.consultation-reply",
        Title = new(
            "Réponse d'un État Schengen consulté (VIS Mail)",
            "Antwoord van een geraadpleegde Schengenstaat (VIS Mail)",
            "Reply of a consulted Schengen state (VIS Mail)"),
        Period = Period.CalendarDays(7),
        StartsOn = StartEvent.RequestReceived,
        Consequence = ExpiryConsequence.SilenceMeansAcceptance,
        LegalBasis = "Visa Code (Reg. 810/2009) art 22(2)",
        Remark = "No reply within the period means the consulted state has no grounds to object. The period is counted "
            + "from the day the consultation is sent (VIS Mail delivers it the same day).",
        UnconfirmedNote = "Not in legal-rules.md: 7 calendar days from Visa Code art 22(2) as read, not confirmed from the "
            + "project's sources.",
    };

    /// <summary>Every rule of this class.</summary>
    public static IReadOnlyList<LegalRule> All { get; } = [SchengenConsultationReply];
}
