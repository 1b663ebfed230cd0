namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>
    /// Appeal windows before the CCE / RvV (legal-rules.md §4). All start on notification; a last day on a Saturday,
    /// Sunday or legal holiday moves to the next working day (Law art 39/57 §2; computing convention 1).
    /// </summary>
    public static class Appeals
    {
        private const string NotificationRemark =
            "The period starts the day after notification by registered mail, or on the 3rd working day after posting "
            + "(rebuttable), or the day after hand delivery or refusal [A2, R1].";

        /// <summary>Annulment appeal (with or without suspension): 30 days.</summary>
        public static LegalRule Annulment { get; } = new()
        {
            Code = "appeal.cce.annulment",
            Title = new(
                "Recours en annulation (et suspension) au CCE",
                "Beroep tot nietigverklaring (en schorsing) bij de RvV",
                "Annulment appeal (and suspension) to the CCE"),
            Period = Period.CalendarDays(30),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Law art 39/57",
            Remark = "Not suspensive, except decisions listed in art 39/79 (e.g. annex 20, long-term-resident refusals). "
                + "\"Other family members\" of EU citizens: no automatic suspension (CCE 185.877). " + NotificationRemark,
        };

        /// <summary>Annulment appeal when detained for removal: 10 days.</summary>
        public static LegalRule AnnulmentDetained { get; } = new()
        {
            Code = "appeal.cce.annulment.detained",
            Title = new(
                "Recours en annulation au CCE — personne détenue en vue de l'éloignement",
                "Beroep tot nietigverklaring bij de RvV — vastgehouden met het oog op verwijdering",
                "Annulment appeal to the CCE — person detained for removal"),
            Period = Period.CalendarDays(10),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Law art 39/57",
            Remark = "A family unit counts as detention. " + NotificationRemark,
        };

        /// <summary>Extreme urgency suspension: 10 days.</summary>
        public static LegalRule ExtremeUrgency { get; } = new()
        {
            Code = "appeal.cce.extreme-urgency",
            Title = new(
                "Demande de suspension en extrême urgence au CCE",
                "Vordering tot schorsing bij uiterst dringende noodzakelijkheid bij de RvV",
                "Extreme urgency suspension request to the CCE"),
            Period = Period.CalendarDays(10),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Law art 39/57 §1",
            Remark = "Last day on a Saturday, Sunday or holiday moves to the next working day (art 39/57 §2) [R1]. "
                + NotificationRemark,
        };

        /// <summary>Extreme urgency suspension against a second removal measure: 5 days.</summary>
        public static LegalRule ExtremeUrgencySecondMeasure { get; } = new()
        {
            Code = "appeal.cce.extreme-urgency.second-measure",
            Title = new(
                "Demande de suspension en extrême urgence au CCE — deuxième mesure d'éloignement",
                "Vordering bij uiterst dringende noodzakelijkheid bij de RvV — tweede verwijderingsmaatregel",
                "Extreme urgency suspension request to the CCE — second removal measure"),
            Period = Period.CalendarDays(5),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Law art 39/57 §1",
            Remark = NotificationRemark,
        };

        /// <summary>Full-jurisdiction appeal against a CGRS decision: 30 days.</summary>
        public static LegalRule FullJurisdiction { get; } = new()
        {
            Code = "appeal.cce.full-jurisdiction",
            Title = new(
                "Recours de plein contentieux au CCE contre une décision du CGRA",
                "Beroep met volle rechtsmacht bij de RvV tegen een beslissing van het CGVS",
                "Full-jurisdiction appeal to the CCE against a CGRS decision"),
            Period = Period.CalendarDays(30),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Full-jurisdiction appeal [C1, C2] (no article given in legal-rules.md)",
            Remark = "Bars forced removal during the appeal period and while the appeal is examined (art 39/70); from the "
                + "2nd subsequent application on, in principle not suspensive [D5]. " + NotificationRemark,
        };

        /// <summary>Full-jurisdiction appeal in the accelerated procedure: 10 days (list of cases UNCONFIRMED).</summary>
        public static LegalRule FullJurisdictionAccelerated { get; } = new()
        {
            Code = "appeal.cce.full-jurisdiction.accelerated",
            Title = new(
                "Recours de plein contentieux au CCE — procédure accélérée",
                "Beroep met volle rechtsmacht bij de RvV — versnelde procedure",
                "Full-jurisdiction appeal to the CCE — accelerated procedure"),
            Period = Period.CalendarDays(10),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Full-jurisdiction appeal [C1, C2] (no article given in legal-rules.md)",
            Remark = "Only if the CGRS decided within 15 working days. Separate limits for subsequent applications depending "
                + "on detention. " + NotificationRemark,
            UnconfirmedNote = "legal-rules.md §4: the exact list of 5- and 10-day cases is UNCONFIRMED.",
        };

        /// <summary>Full-jurisdiction appeal, 5-day cases (list of cases UNCONFIRMED).</summary>
        public static LegalRule FullJurisdictionFiveDays { get; } = new()
        {
            Code = "appeal.cce.full-jurisdiction.five-days",
            Title = new(
                "Recours de plein contentieux au CCE — délai de cinq jours",
                "Beroep met volle rechtsmacht bij de RvV — termijn van vijf dagen",
                "Full-jurisdiction appeal to the CCE — five-day cases"),
            Period = Period.CalendarDays(5),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Full-jurisdiction appeal [C1, C2] (no article given in legal-rules.md)",
            Remark = NotificationRemark,
            UnconfirmedNote = "legal-rules.md §4: the exact list of 5- and 10-day cases is UNCONFIRMED.",
        };

        /// <summary>Appeal against a Dublin decision: 30 days (suspensive effect UNCONFIRMED).</summary>
        public static LegalRule DublinDecision { get; } = new()
        {
            Code = "appeal.cce.dublin",
            Title = new(
                "Recours au CCE contre une décision Dublin (annexe 25quater / 26quater)",
                "Beroep bij de RvV tegen een Dublinbeslissing (bijlage 25quater / 26quater)",
                "Appeal to the CCE against a Dublin decision (annex 25quater / 26quater)"),
            Period = Period.CalendarDays(30),
            StartsOn = StartEvent.Notification,
            MovesToNextWorkingDay = true,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Dublin decision appeal [DQ] (no article given in legal-rules.md)",
            Remark = NotificationRemark,
            UnconfirmedNote = "legal-rules.md §4: whether the appeal is suspensive is UNCONFIRMED.",
        };

        /// <summary>Every appeal window.</summary>
        public static IReadOnlyList<LegalRule> All { get; } =
        [
            Annulment, AnnulmentDetained, ExtremeUrgency, ExtremeUrgencySecondMeasure, FullJurisdiction,
            FullJurisdictionAccelerated, FullJurisdictionFiveDays, DublinDecision,
        ];
    }
}
