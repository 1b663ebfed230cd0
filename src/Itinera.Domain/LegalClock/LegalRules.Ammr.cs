namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>
    /// Asylum and Migration Management Regulation, Reg. 2024/1351 (legal-rules.md §1), for applications registered
    /// from 1 July 2026 (AMMR art 84-85); earlier applications stay under <see cref="Dublin"/>.
    /// </summary>
    public static class Ammr
    {
        private const string Applicability = "Applications registered from 1 July 2026 (AMMR art 84-85).";

        /// <summary>Take-charge request: 2 months from registration.</summary>
        public static LegalRule TakeChargeRequest { get; } = new()
        {
            Code = "ammr.take-charge.request",
            Title = new("Requête aux fins de prise en charge (RGAM)", "Overnameverzoek (AMMR)", "Take-charge request (AMMR)"),
            Period = Period.Months(2),
            StartsOn = StartEvent.ProtectionApplicationRegistered,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 39",
            Remark = "Unaccompanied minors: the limit can be waived in the child's interest [P1]. " + Applicability,
            UnconfirmedNote = "The consequence of a late request is not in the §1 table for the AMMR; taken from convention 3. "
                + Dublin.CountingNote,
        };

        /// <summary>Take-charge request after a Eurodac or VIS hit: 1 month.</summary>
        public static LegalRule TakeChargeRequestHit { get; } = new()
        {
            Code = "ammr.take-charge.request.hit",
            Title = new(
                "Requête aux fins de prise en charge après un résultat positif Eurodac ou VIS (RGAM)",
                "Overnameverzoek na een Eurodac- of VIS-treffer (AMMR)",
                "Take-charge request after a Eurodac or VIS hit (AMMR)"),
            Period = Period.Months(1),
            StartsOn = StartEvent.EurodacOrVisHit,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 39",
            Remark = Applicability,
            UnconfirmedNote = "The consequence of a late request is not in the §1 table for the AMMR; taken from convention 3. "
                + Dublin.CountingNote,
        };

        /// <summary>Reply to a take-charge request: 1 month.</summary>
        public static LegalRule TakeChargeReply { get; } = new()
        {
            Code = "ammr.take-charge.reply",
            Title = new("Réponse à une requête aux fins de prise en charge (RGAM)", "Antwoord op een overnameverzoek (AMMR)", "Reply to a take-charge request (AMMR)"),
            Period = Period.Months(1),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 40",
            Remark = "Silence = acceptance (convention 6). " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Reply to a take-charge request based on a hit: 2 weeks.</summary>
        public static LegalRule TakeChargeReplyHit { get; } = new()
        {
            Code = "ammr.take-charge.reply.hit",
            Title = new(
                "Réponse à une requête de prise en charge fondée sur un résultat positif (RGAM)",
                "Antwoord op een overnameverzoek op grond van een treffer (AMMR)",
                "Reply to a take-charge request based on a hit (AMMR)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 40",
            Remark = "Silence = acceptance (convention 6). " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Take-back notification: send within 2 weeks of the hit.</summary>
        public static LegalRule TakeBackNotification { get; } = new()
        {
            Code = "ammr.take-back.notification",
            Title = new("Notification aux fins de reprise en charge (RGAM)", "Terugnamekennisgeving (AMMR)", "Take-back notification (AMMR)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.EurodacHit,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 41",
            Remark = "legal-rules.md gives no consequence for a late notification. " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Confirmation of a take-back notification: 2 weeks; silence counts as confirmation.</summary>
        public static LegalRule TakeBackConfirmation { get; } = new()
        {
            Code = "ammr.take-back.confirmation",
            Title = new("Confirmation d'une notification de reprise en charge (RGAM)", "Bevestiging van een terugnamekennisgeving (AMMR)", "Confirmation of a take-back notification (AMMR)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 41",
            Remark = "Silence counts as confirmation. " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Transfer decision: within 2 weeks of acceptance or confirmation.</summary>
        public static LegalRule TransferDecision { get; } = new()
        {
            Code = "ammr.transfer-decision",
            Title = new("Décision de transfert (RGAM)", "Overdrachtsbesluit (AMMR)", "Transfer decision (AMMR)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestAccepted,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 42",
            Remark = "legal-rules.md gives no consequence for a late transfer decision. " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Detention: request or notification within 2 weeks of registration.</summary>
        public static LegalRule DetentionRequest { get; } = new()
        {
            Code = "ammr.detention.request",
            Title = new("Requête ou notification pendant la rétention (RGAM)", "Verzoek of kennisgeving tijdens bewaring (AMMR)", "Request or notification during detention (AMMR)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.ProtectionApplicationRegistered,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 45",
            Remark = "legal-rules.md gives no consequence. " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Detention after registration: request or notification within 1 week.</summary>
        public static LegalRule DetentionRequestDetainedAfterRegistration { get; } = new()
        {
            Code = "ammr.detention.request.detained-after-registration",
            Title = new(
                "Requête ou notification — rétention après l'enregistrement (RGAM)",
                "Verzoek of kennisgeving — bewaring na de registratie (AMMR)",
                "Request or notification — detained after registration (AMMR)"),
            Period = Period.Weeks(1),
            StartsOn = StartEvent.DetentionDecision,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 45",
            Remark = "legal-rules.md gives no consequence. " + Applicability,
            UnconfirmedNote = "Start read as the detention date (legal-rules.md says \"1 week if detained after registration\"). "
                + Dublin.CountingNote,
        };

        /// <summary>Detention: reply within 1 week.</summary>
        public static LegalRule DetentionReply { get; } = new()
        {
            Code = "ammr.detention.reply",
            Title = new("Réponse pendant la rétention (RGAM)", "Antwoord tijdens bewaring (AMMR)", "Reply during detention (AMMR)"),
            Period = Period.Weeks(1),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 45",
            Remark = "Silence = acceptance (convention 6). " + Applicability,
            UnconfirmedNote = Dublin.CountingNote,
        };

        /// <summary>Transfer: 6 months.</summary>
        public static LegalRule Transfer { get; } = new()
        {
            Code = "ammr.transfer",
            Title = new("Délai de transfert (RGAM)", "Overdrachtstermijn (AMMR)", "Transfer deadline (AMMR)"),
            Period = Period.Months(6),
            StartsOn = StartEvent.AcceptanceOrFinalAppealDecision,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 2024/1351 (AMMR) art 46(1)",
            Remark = Applicability,
            UnconfirmedNote = "legal-rules.md §1: the extension periods (1 year / 3 years?) are UNCONFIRMED, so none is "
                + "modelled; the consequence is taken from Dublin III art 29(2). " + Dublin.CountingNote,
        };

        /// <summary>Every AMMR rule.</summary>
        public static IReadOnlyList<LegalRule> All { get; } =
        [
            TakeChargeRequest, TakeChargeRequestHit, TakeChargeReply, TakeChargeReplyHit, TakeBackNotification,
            TakeBackConfirmation, TransferDecision, DetentionRequest, DetentionRequestDetainedAfterRegistration,
            DetentionReply, Transfer,
        ];
    }
}
