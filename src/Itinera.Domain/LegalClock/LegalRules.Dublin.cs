namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>
    /// Dublin III, Reg. 604/2013 (legal-rules.md §1), for applications registered before 1 July 2026.
    /// Every rule carries the UNCONFIRMED counting note of computing convention 3: the last day is not moved.
    /// </summary>
    public static class Dublin
    {
        internal const string CountingNote =
            "legal-rules.md convention 3: the counting rules for Dublin periods (Reg. 1182/71) are UNCONFIRMED; the last "
            + "day is not moved to the next working day.";

        /// <summary>Take-charge request: 3 months from lodging; late means the requesting state becomes responsible.</summary>
        public static LegalRule TakeChargeRequest { get; } = new()
        {
            Code = "dublin.take-charge.request",
            Title = new("Requête aux fins de prise en charge (Dublin III)", "Overnameverzoek (Dublin III)", "Take-charge request (Dublin III)"),
            Period = Period.Months(3),
            StartsOn = StartEvent.ProtectionApplicationLodged,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 21(1)",
            Remark = "Late request: the requesting state becomes responsible [L1].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Take-charge request after a Eurodac hit on art-14 data: 2 months from the hit.</summary>
        public static LegalRule TakeChargeRequestEurodacHit { get; } = new()
        {
            Code = "dublin.take-charge.request.eurodac-hit",
            Title = new(
                "Requête aux fins de prise en charge après un résultat positif Eurodac (Dublin III)",
                "Overnameverzoek na een Eurodac-treffer (Dublin III)",
                "Take-charge request after a Eurodac hit (Dublin III)"),
            Period = Period.Months(2),
            StartsOn = StartEvent.EurodacHit,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 21(1)",
            Remark = "Hit on art-14 data. The hit limit does not add to the 3 months from lodging [L7].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Reply to a take-charge request: 2 months; silence counts as acceptance.</summary>
        public static LegalRule TakeChargeReply { get; } = new()
        {
            Code = "dublin.take-charge.reply",
            Title = new("Réponse à une requête aux fins de prise en charge (Dublin III)", "Antwoord op een overnameverzoek (Dublin III)", "Reply to a take-charge request (Dublin III)"),
            Period = Period.Months(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 604/2013 art 22",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Urgent reply to a take-charge request: 1 month (UNCONFIRMED).</summary>
        public static LegalRule TakeChargeReplyUrgent { get; } = new()
        {
            Code = "dublin.take-charge.reply.urgent",
            Title = new("Réponse urgente à une requête aux fins de prise en charge (Dublin III)", "Dringend antwoord op een overnameverzoek (Dublin III)", "Urgent reply to a take-charge request (Dublin III)"),
            Period = Period.Months(1),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 604/2013 art 21(2)/22(6)",
            UnconfirmedNote = "legal-rules.md §1: the 1-month limit for an urgent reply is UNCONFIRMED. " + CountingNote,
        };

        /// <summary>Take-back request without a Eurodac hit: 3 months from the application.</summary>
        public static LegalRule TakeBackRequest { get; } = new()
        {
            Code = "dublin.take-back.request",
            Title = new("Requête aux fins de reprise en charge (Dublin III)", "Terugnameverzoek (Dublin III)", "Take-back request (Dublin III)"),
            Period = Period.Months(3),
            StartsOn = StartEvent.ProtectionApplicationLodged,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 23(2)",
            Remark = "A German court held a take-back request can never be sent more than 3 months after the application [L6].",
            UnconfirmedNote = "The consequence of a late take-back request is not in the §1 table; taken from convention 3 "
                + "(\"a missed deadline shifts responsibility\"). " + CountingNote,
        };

        /// <summary>Take-back request after a Eurodac hit: 2 months from the hit.</summary>
        public static LegalRule TakeBackRequestEurodacHit { get; } = new()
        {
            Code = "dublin.take-back.request.eurodac-hit",
            Title = new(
                "Requête aux fins de reprise en charge après un résultat positif Eurodac (Dublin III)",
                "Terugnameverzoek na een Eurodac-treffer (Dublin III)",
                "Take-back request after a Eurodac hit (Dublin III)"),
            Period = Period.Months(2),
            StartsOn = StartEvent.EurodacHit,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 23(2)",
            UnconfirmedNote = "The consequence of a late take-back request is not in the §1 table; taken from convention 3 "
                + "(\"a missed deadline shifts responsibility\"). " + CountingNote,
        };

        /// <summary>Reply to a take-back request: 1 month; silence counts as acceptance.</summary>
        public static LegalRule TakeBackReply { get; } = new()
        {
            Code = "dublin.take-back.reply",
            Title = new("Réponse à une requête aux fins de reprise en charge (Dublin III)", "Antwoord op een terugnameverzoek (Dublin III)", "Reply to a take-back request (Dublin III)"),
            Period = Period.Months(1),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 604/2013 art 25",
            Remark = "Secondary source only [L3].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Reply to a take-back request based on a Eurodac hit: 2 weeks.</summary>
        public static LegalRule TakeBackReplyEurodacHit { get; } = new()
        {
            Code = "dublin.take-back.reply.eurodac-hit",
            Title = new(
                "Réponse à une requête de reprise en charge fondée sur Eurodac (Dublin III)",
                "Antwoord op een terugnameverzoek op grond van Eurodac (Dublin III)",
                "Reply to a take-back request based on a Eurodac hit (Dublin III)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 604/2013 art 25",
            Remark = "Secondary source only [L3].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Reply to a re-examination request: 2 weeks; silence closes it.</summary>
        public static LegalRule ReExaminationReply { get; } = new()
        {
            Code = "dublin.re-examination.reply",
            Title = new("Réponse à une demande de réexamen (Dublin)", "Antwoord op een verzoek tot heroverweging (Dublin)", "Reply to a re-examination request (Dublin)"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.ProcedureClosed,
            LegalBasis = "Reg. 1560/2003 art 5(2)",
            Remark = "Silence closes the re-examination procedure [L8].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Dublin and detention: request within 1 month (UNCONFIRMED).</summary>
        public static LegalRule DetentionRequest { get; } = new()
        {
            Code = "dublin.detention.request",
            Title = new("Requête Dublin pendant la rétention", "Dublinverzoek tijdens bewaring", "Dublin request during detention"),
            Period = Period.Months(1),
            StartsOn = StartEvent.ProtectionApplicationLodged,
            Consequence = ExpiryConsequence.Release,
            LegalBasis = "Reg. 604/2013 art 28(3)",
            UnconfirmedNote = "legal-rules.md §1: the detention periods of art 28(3) are UNCONFIRMED (only case C-60/16 was "
                + "found); release as the consequence is read from art 28(3). " + CountingNote,
        };

        /// <summary>Dublin and detention: reply within 2 weeks (UNCONFIRMED).</summary>
        public static LegalRule DetentionReply { get; } = new()
        {
            Code = "dublin.detention.reply",
            Title = new("Réponse à une requête Dublin pendant la rétention", "Antwoord op een Dublinverzoek tijdens bewaring", "Reply to a Dublin request during detention"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.RequestReceived,
            Consequence = ExpiryConsequence.SilenceMeansAcceptance,
            LegalBasis = "Reg. 604/2013 art 28(3)",
            UnconfirmedNote = "legal-rules.md §1: the detention periods of art 28(3) are UNCONFIRMED (only case C-60/16 was "
                + "found). " + CountingNote,
        };

        /// <summary>Dublin and detention: transfer within 6 weeks (UNCONFIRMED).</summary>
        public static LegalRule DetentionTransfer { get; } = new()
        {
            Code = "dublin.detention.transfer",
            Title = new("Transfert Dublin pendant la rétention", "Dublinoverdracht tijdens bewaring", "Dublin transfer during detention"),
            Period = Period.Weeks(6),
            StartsOn = StartEvent.AcceptanceOrFinalAppealDecision,
            Consequence = ExpiryConsequence.Release,
            LegalBasis = "Reg. 604/2013 art 28(3)",
            UnconfirmedNote = "legal-rules.md §1: the detention periods of art 28(3) are UNCONFIRMED (only case C-60/16 was "
                + "found); release as the consequence is read from art 28(3). " + CountingNote,
        };

        /// <summary>Transfer: 6 months from acceptance or the final decision on a suspensive appeal.</summary>
        public static LegalRule Transfer { get; } = new()
        {
            Code = "dublin.transfer",
            Title = new("Délai de transfert (Dublin III)", "Overdrachtstermijn (Dublin III)", "Transfer deadline (Dublin III)"),
            Period = Period.Months(6),
            StartsOn = StartEvent.AcceptanceOrFinalAppealDecision,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 29(1)-(2)",
            Remark = "After the deadline responsibility shifts to the requesting state. 1 year if imprisoned, 18 months if "
                + "absconding (separate rules); Belgium issues a separate extension decision [L4, L5].",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Transfer when the person is imprisoned: 1 year.</summary>
        public static LegalRule TransferImprisoned { get; } = new()
        {
            Code = "dublin.transfer.imprisoned",
            Title = new("Délai de transfert — personne emprisonnée (Dublin III)", "Overdrachtstermijn — gevangenschap (Dublin III)", "Transfer deadline — imprisonment (Dublin III)"),
            Period = Period.Months(12),
            StartsOn = StartEvent.AcceptanceOrFinalAppealDecision,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 29(2)",
            Remark = "Replaces the 6 months when the transfer could not be carried out because of imprisonment; Belgium "
                + "issues a separate extension decision.",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Transfer when the person absconds: 18 months.</summary>
        public static LegalRule TransferAbsconded { get; } = new()
        {
            Code = "dublin.transfer.absconded",
            Title = new("Délai de transfert — fuite (Dublin III)", "Overdrachtstermijn — onderduiken (Dublin III)", "Transfer deadline — absconding (Dublin III)"),
            Period = Period.Months(18),
            StartsOn = StartEvent.AcceptanceOrFinalAppealDecision,
            Consequence = ExpiryConsequence.ResponsibilityShifts,
            LegalBasis = "Reg. 604/2013 art 29(2)",
            Remark = "Replaces the 6 months when the person absconds; Belgium issues a separate extension decision.",
            UnconfirmedNote = CountingNote,
        };

        /// <summary>Every Dublin III rule.</summary>
        public static IReadOnlyList<LegalRule> All { get; } =
        [
            TakeChargeRequest, TakeChargeRequestEurodacHit, TakeChargeReply, TakeChargeReplyUrgent, TakeBackRequest,
            TakeBackRequestEurodacHit, TakeBackReply, TakeBackReplyEurodacHit, ReExaminationReply, DetentionRequest,
            DetentionReply, DetentionTransfer, Transfer, TransferImprisoned, TransferAbsconded,
        ];
    }
}
