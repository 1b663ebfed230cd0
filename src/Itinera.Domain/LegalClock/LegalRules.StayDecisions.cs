namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>Decision deadlines of the stay procedures (legal-rules.md §5).</summary>
    public static class StayDecisions
    {
        private const string IncompleteFileRemark =
            "Incomplete file = no clock [D3]: the post issues no annex 15quinquies for an incomplete file, so the period "
            + "does not start. Neither legal-rules.md nor its source gives a suspension of a period already running, so "
            + "none is allowed: assuming one would show a later date than the law's while the visa is granted by silence.";

        /// <summary>Family reunification with a third-country national: 9 months from annex 15quinquies, extendable 2 × 3 months.</summary>
        public static LegalRule FamilyReunification { get; } = new()
        {
            Code = "stay.family-reunification.decision",
            Title = new(
                "Décision sur la demande de regroupement familial (regroupant ressortissant de pays tiers)",
                "Beslissing over de aanvraag gezinshereniging (gezinshereniger derdelander)",
                "Decision on a family reunification application (third-country national sponsor)"),
            Period = Period.Months(9),
            StartsOn = StartEvent.Annex15quinquiesDelivered,
            Extensions = [Period.Months(3), Period.Months(3)],
            Consequence = ExpiryConsequence.VisaGranted,
            LegalBasis = "Law art 10ter §2 / 12bis §2",
            Remark = "Maximum 15 months with both extensions, each by reasoned decision. " + IncompleteFileRemark
                + " 9 months since 8 July 2016 (also for applications still pending then), 6 months before [D3]. "
                + "4 months (+3 once) when the sponsor holds a D or H card: see "
                + "stay.family-reunification.decision.sponsor-d-or-h-card.",
        };

        /// <summary>Family reunification when the sponsor holds a D or H card: 4 months, extendable once by 3 months.</summary>
        public static LegalRule FamilyReunificationSponsorDOrHCard { get; } = new()
        {
            Code = "stay.family-reunification.decision.sponsor-d-or-h-card",
            Title = new(
                "Décision sur la demande de regroupement familial (regroupant titulaire d'une carte D ou H)",
                "Beslissing over de aanvraag gezinshereniging (gezinshereniger met D- of H-kaart)",
                "Decision on a family reunification application (sponsor holding a D or H card)"),
            Period = Period.Months(4),
            StartsOn = StartEvent.Annex15quinquiesDelivered,
            Extensions = [Period.Months(3)],
            Consequence = ExpiryConsequence.VisaGranted,
            LegalBasis = "Law art 10ter §2 / 12bis §2",
            Remark = "Maximum 7 months with the extension. D card = long-term resident, H card = EU Blue Card [D3]. "
                + IncompleteFileRemark,
        };

        /// <summary>Family member of an EU citizen or of a Belgian: 6 months.</summary>
        public static LegalRule EuFamily { get; } = new()
        {
            Code = "stay.eu-family.decision",
            Title = new(
                "Décision sur la demande de séjour d'un membre de famille d'un citoyen de l'Union ou d'un Belge",
                "Beslissing over de verblijfsaanvraag van een familielid van een burger van de Unie of een Belg",
                "Decision on the residence application of a family member of an EU citizen or a Belgian"),
            Period = Period.Months(6),
            StartsOn = StartEvent.ApplicationLodged,
            Consequence = ExpiryConsequence.RightRecognised,
            LegalBasis = "Law art 42",
            Remark = "No decision in time means the right is recognised [A8]. In Belgium the application is acknowledged "
                + "by annex 19ter; the attestation of immatriculation is valid 6 months from annex 19ter [A9].",
            UnconfirmedNote = "legal-rules.md §5: the article number (art 42) is UNCONFIRMED.",
        };

        /// <summary>Single permit (work and residence): 120 days from the admissibility decision.</summary>
        public static LegalRule SinglePermit { get; } = new()
        {
            Code = "stay.single-permit.decision",
            Title = new(
                "Décision sur la demande de permis unique",
                "Beslissing over de aanvraag gecombineerde vergunning",
                "Decision on a single permit application"),
            Period = Period.CalendarDays(120),
            StartsOn = StartEvent.AdmissibilityDecision,
            Consequence = ExpiryConsequence.PositiveDecision,
            LegalBasis = "Single permit procedure [M1] (no article given in legal-rules.md)",
            Remark = "No decision in time means a positive decision.",
        };

        /// <summary>Student: 90 days from the complete application.</summary>
        public static LegalRule Student { get; } = new()
        {
            Code = "stay.student.decision",
            Title = new(
                "Décision sur la demande d'autorisation de séjour pour études",
                "Beslissing over de aanvraag tot machtiging tot verblijf voor studies",
                "Decision on a student residence application"),
            Period = Period.CalendarDays(90),
            StartsOn = StartEvent.CompleteApplication,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Dir. 2016/801 art 34",
            Remark = "Not written into the Belgian law at the time of the source page [D8]; the directive attaches no "
                + "effect to silence.",
        };

        /// <summary>Long-term resident: 5 months from annex 16bis.</summary>
        public static LegalRule LongTermResident { get; } = new()
        {
            Code = "stay.long-term-resident.decision",
            Title = new(
                "Décision sur la demande de statut de résident de longue durée",
                "Beslissing over de aanvraag tot verblijf als langdurig ingezetene",
                "Decision on a long-term resident application"),
            Period = Period.Months(5),
            StartsOn = StartEvent.Annex16bisDelivered,
            Consequence = ExpiryConsequence.PositiveDecision,
            LegalBasis = "Long-term resident procedure [A6] (no article given in legal-rules.md)",
            Remark = "No decision in time means an L card is issued. A refusal (annex 17) can be appealed with suspensive "
                + "effect (art 39/79).",
        };

        /// <summary>EU permanent residence: 5 months from annex 22.</summary>
        public static LegalRule EuPermanentResidence { get; } = new()
        {
            Code = "stay.eu-permanent-residence.decision",
            Title = new(
                "Décision sur la demande de séjour permanent (citoyen de l'Union et sa famille)",
                "Beslissing over de aanvraag duurzaam verblijf (burger van de Unie en familie)",
                "Decision on an EU permanent residence application"),
            Period = Period.Months(5),
            StartsOn = StartEvent.Annex22Delivered,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Permanent residence procedure [brussel] (no article given in legal-rules.md)",
            Remark = "legal-rules.md gives no consequence for a late decision.",
        };

        /// <summary>Short-stay (C) visa: 15 calendar days; up to 45 in individual cases; exceptionally 60.</summary>
        public static LegalRule ShortStayVisa { get; } = new()
        {
            Code = "stay.short-stay-visa.decision",
            Title = new(
                "Décision sur la demande de visa de court séjour",
                "Beslissing over de aanvraag visum kort verblijf",
                "Decision on a short-stay visa application"),
            Period = Period.CalendarDays(15),
            StartsOn = StartEvent.ApplicationLodged,
            Extensions = [Period.CalendarDays(30), Period.CalendarDays(15)],
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Visa Code (Reg. 810/2009) art 23",
            Remark = "First extension: up to 45 days in individual cases; second: up to 60 days, exceptionally, when more "
                + "documents are needed. Before 2 February 2020 the limits were 30/60. Apply between 6 months and 15 days "
                + "before travel [V2].",
        };

        /// <summary>9ter: attestation of immatriculation after admissibility, 3 months, renewed 3 × 3 months.</summary>
        public static LegalRule MedicalAttestation { get; } = new()
        {
            Code = "stay.9ter.attestation",
            Title = new(
                "Attestation d'immatriculation après recevabilité d'une demande 9ter",
                "Attest van immatriculatie na ontvankelijke 9ter-aanvraag",
                "Attestation of immatriculation after an admissible 9ter application"),
            Period = Period.Months(3),
            StartsOn = StartEvent.AdmissibilityDecision,
            Extensions = [Period.Months(3), Period.Months(3), Period.Months(3)],
            Consequence = ExpiryConsequence.DocumentExpires,
            LegalBasis = "Law art 9ter; attestation after admissibility [A7]",
            Remark = "After the three 3-month renewals it is renewed monthly (not modelled as extensions). A new "
                + "application withdraws the earlier one (since 1 March 2016). legal-rules.md: that there is no 9bis/9ter "
                + "decision deadline at all is UNCONFIRMED, so none is modelled.",
        };

        /// <summary>9ter: 60 days to object to the automatic closure of an application.</summary>
        public static LegalRule MedicalClosureObjection { get; } = new()
        {
            Code = "stay.9ter.closure-objection",
            Title = new(
                "Délai pour contester la clôture automatique d'une demande 9ter",
                "Termijn om de automatische afsluiting van een 9ter-aanvraag te betwisten",
                "Time to object to the automatic closure of a 9ter application"),
            Period = Period.CalendarDays(60),
            StartsOn = StartEvent.Notification,
            Consequence = ExpiryConsequence.TimeBarred,
            LegalBasis = "Law art 9ter [A7] (no article given in legal-rules.md)",
        };

        /// <summary>Every stay decision deadline.</summary>
        public static IReadOnlyList<LegalRule> All { get; } =
        [
            FamilyReunification, FamilyReunificationSponsorDOrHCard, EuFamily, SinglePermit, Student, LongTermResident,
            EuPermanentResidence, ShortStayVisa, MedicalAttestation, MedicalClosureObjection,
        ];
    }
}
