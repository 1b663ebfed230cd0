using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>
/// The registry of procedure types. Stay procedures today; protection, Dublin, return, detention and appeals add
/// theirs here with the same engine. Codes are stable.
/// </summary>
/// <remarks>
/// Annex numbers come from legal-rules.md §3; other templates are letter/visa/card codes marked
/// <see cref="OutcomeRule.DocumentUnconfirmed"/>. Checklist articles outside legal-rules.md are the law's structure as
/// commonly cited and should be checked by the legal service.
/// </remarks>
public static class ProcedureTypes
{
    private const string Annulment = "appeal.cce.annulment";

    // ---- Documents shared by several types ----
    private static readonly DocumentRequirement TravelDocument = Doc("travel-document",
        "Document de voyage valable", "Geldig reisdocument", "Valid travel document");

    private static readonly DocumentRequirement ProofOfKinship = Doc("proof-of-kinship",
        "Preuve du lien de parenté ou d'alliance (actes d'état civil)", "Bewijs van de verwantschap of aanverwantschap (akten van de burgerlijke stand)",
        "Proof of kinship or marriage (civil-status records)", "Law art 10 §1 / 12bis §1", provesKinship: true);

    private static readonly DocumentRequirement SponsorMeans = Doc("sponsor-means-of-subsistence",
        "Moyens de subsistance stables, suffisants et réguliers du regroupant", "Stabiele, toereikende en regelmatige bestaansmiddelen van de gezinshereniger",
        "Sponsor's stable, sufficient and regular means of subsistence", "Law art 10 §2 al. 3 and §5");

    private static readonly DocumentRequirement Housing = Doc("adequate-housing",
        "Logement suffisant", "Behoorlijke huisvesting", "Adequate housing", "Law art 10 §2 al. 2");

    private static readonly DocumentRequirement SicknessInsurance = Doc("sickness-insurance",
        "Assurance maladie", "Ziektekostenverzekering", "Sickness insurance", "Law art 10 §2 al. 2");

    private static readonly DocumentRequirement CriminalRecord = Doc("criminal-record-extract",
        "Extrait de casier judiciaire", "Uittreksel uit het strafregister", "Criminal record extract");

    private static readonly DocumentRequirement MedicalCertificate = Doc("medical-certificate",
        "Certificat médical", "Medisch attest", "Medical certificate");

    private static readonly DocumentRequirement IdentityDocument = Doc("identity-document",
        "Document d'identité", "Identiteitsdocument", "Identity document");

    // ---- Types ----

    /// <summary>Short-stay (C) visa: Schengen consultation, guarantor solvency, refusal with reasons.</summary>
    public static ProcedureType ShortStayVisa { get; } = new()
    {
        Code = "stay.short-stay-visa",
        Title = new("Visa de court séjour (C)", "Visum kort verblijf (C)", "Short-stay visa (C)"),
        LegalBasis = "Visa Code (Reg. 810/2009); Law art 2-3",
        Checklist =
        [
            Doc("application-form", "Formulaire de demande", "Aanvraagformulier", "Application form", "Visa Code art 11"),
            TravelDocument with { LegalBasis = "Visa Code art 12" },
            Doc("travel-purpose", "Justificatifs de l'objet du voyage", "Bewijzen van het doel van de reis", "Supporting documents on the purpose of the journey", "Visa Code art 14"),
            Doc("means-or-guarantee", "Moyens de subsistance ou prise en charge (annexe 3bis)", "Bestaansmiddelen of tenlasteneming (bijlage 3bis)", "Means of subsistence or guarantor's undertaking (annex 3bis)", "Visa Code art 14(1)(c)"),
            Doc("travel-medical-insurance", "Assurance médicale de voyage", "Medische reisverzekering", "Travel medical insurance", "Visa Code art 15"),
        ],
        DecisionRule = LegalRules.StayDecisions.ShortStayVisa,
        Steps = ProcedureSteps.SchengenConsultation | ProcedureSteps.GuarantorSolvency,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "visa.c", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.visa-code.refusal", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Inadmissible, "letter.visa-code.inadmissible", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.DiplomaticPost,
        Remark = "Refusal form (Visa Code annex VI), consultation reply period and the guarantor's annex 3bis are not in legal-rules.md.",
    };

    /// <summary>Extension of a short stay (Visa Code art 33), applied for at the municipality.</summary>
    public static ProcedureType ShortStayExtension { get; } = new()
    {
        Code = "stay.short-stay-extension",
        Title = new("Prolongation d'un court séjour", "Verlenging van een kort verblijf", "Extension of a short stay"),
        LegalBasis = "Visa Code (Reg. 810/2009) art 33",
        Checklist =
        [
            TravelDocument,
            Doc("extension-grounds", "Preuve de force majeure ou de raisons personnelles graves", "Bewijs van overmacht of ernstige persoonlijke redenen", "Proof of force majeure or serious personal reasons", "Visa Code art 33"),
            Doc("travel-medical-insurance", "Assurance médicale de voyage couvrant la prolongation", "Medische reisverzekering voor de verlenging", "Travel medical insurance covering the extension"),
        ],
        Steps = ProcedureSteps.GuarantorSolvency,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "letter.stay.short-stay-extension.granted", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.short-stay-extension.refused", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.Municipality,
        Remark = "No decision deadline in legal-rules.md.",
    };

    /// <summary>Long-stay (D) visa other than family reunification; for paid work the Region decides the work part.</summary>
    public static ProcedureType LongStayVisa { get; } = new()
    {
        Code = "stay.long-stay-visa",
        Title = new("Visa de long séjour (D)", "Visum lang verblijf (D)", "Long-stay visa (D)"),
        LegalBasis = "Law art 9 and 13",
        Checklist =
        [
            TravelDocument,
            Doc("stay-purpose", "Justificatifs de l'objet du séjour", "Bewijzen van het doel van het verblijf", "Supporting documents on the purpose of the stay"),
            MedicalCertificate,
            CriminalRecord,
        ],
        Variants =
        [
            new()
            {
                Code = "paid-work",
                Title = new("Travail salarié", "Arbeid in loondienst", "Paid work"),
                AddedSteps = ProcedureSteps.RegionDecision,
            },
        ],
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "visa.d", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.long-stay-visa.refused", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.DiplomaticPost,
        Remark = "No decision deadline in legal-rules.md.",
    };

    /// <summary>Single permit (work and residence): the Region decides admissibility and the work part; 120 days from admissibility.</summary>
    public static ProcedureType SinglePermit { get; } = new()
    {
        Code = "stay.single-permit",
        Title = new("Permis unique", "Gecombineerde vergunning", "Single permit"),
        LegalBasis = "Single permit procedure [M1]",
        Checklist =
        [
            TravelDocument,
            Doc("employment-contract", "Contrat de travail", "Arbeidsovereenkomst", "Employment contract"),
            MedicalCertificate,
            CriminalRecord,
        ],
        DecisionRule = LegalRules.StayDecisions.SinglePermit,
        Steps = ProcedureSteps.RegionDecision | ProcedureSteps.AdmissibilityPhase,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "card.a", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.single-permit.refused", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Inadmissible, "letter.stay.single-permit.inadmissible", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.DeemedGranted, "card.a", null, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        Remark = "The admissibility decision (which starts the 120 days) is recorded with DeclareAdmissible; which "
            + "authority takes it (Region) and the notification route are not in legal-rules.md.",
    };

    /// <summary>Family reunification with a third-country national sponsor: 9 months (+3 +3); 4 (+3) for a D/H-card sponsor.</summary>
    public static ProcedureType FamilyReunification { get; } = new()
    {
        Code = "stay.family-reunification",
        Title = new(
            "Regroupement familial avec un ressortissant de pays tiers",
            "Gezinshereniging met een derdelander",
            "Family reunification with a third-country national"),
        LegalBasis = "Law art 10, 10ter, 12bis",
        Checklist = [TravelDocument, ProofOfKinship, SponsorMeans, Housing, SicknessInsurance, CriminalRecord, MedicalCertificate],
        DecisionRule = LegalRules.StayDecisions.FamilyReunification,
        Variants =
        [
            new()
            {
                Code = "sponsor-d-or-h-card",
                Title = new("Regroupant titulaire d'une carte D ou H", "Gezinshereniger met D- of H-kaart", "Sponsor holds a D or H card"),
                DecisionRule = LegalRules.StayDecisions.FamilyReunificationSponsorDOrHCard,
            },
        ],
        Steps = ProcedureSteps.DnaTest,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "visa.d", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.family-reunification.refused", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.DeemedGranted, "visa.d", null, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.DiplomaticPost,
        AcknowledgementDocumentCode = "annex.15quinquies",
        Remark = "Visa application lodged abroad; annex 15quinquies is delivered when the file is complete and starts the clock.",
    };

    /// <summary>Family member of an EU citizen or of a Belgian: 6 months from annex 19ter; silence recognises the right.</summary>
    public static ProcedureType EuFamily { get; } = new()
    {
        Code = "stay.eu-family",
        Title = new(
            "Membre de famille d'un citoyen de l'Union ou d'un Belge",
            "Familielid van een burger van de Unie of van een Belg",
            "Family member of an EU citizen or a Belgian"),
        LegalBasis = "Law art 40bis, 40ter, 42",
        Checklist =
        [
            TravelDocument,
            ProofOfKinship with { LegalBasis = "Law art 40bis §2" },
            Doc("sponsor-nationality-or-residence", "Preuve de la nationalité ou du séjour du citoyen rejoint", "Bewijs van de nationaliteit of het verblijf van de vervoegde burger", "Proof of the nationality or residence of the citizen joined"),
        ],
        DecisionRule = LegalRules.StayDecisions.EuFamily,
        Variants =
        [
            new()
            {
                Code = "belgian-sponsor",
                Title = new("Regroupant belge", "Belgische gezinshereniger", "Belgian sponsor"),
                AddedDocuments =
                [
                    SponsorMeans with { LegalBasis = "Law art 40ter" },
                    Housing with { LegalBasis = "Law art 40ter" },
                    SicknessInsurance with { LegalBasis = "Law art 40ter" },
                ],
            },
        ],
        Steps = ProcedureSteps.DnaTest,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "card.f", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "annex.20", Annulment),
            new(ProcedureOutcome.NotConsidered, "annex.19quinquies", Annulment),
            new(ProcedureOutcome.DeemedGranted, "card.f", null, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.Municipality,
        AcknowledgementDocumentCode = "annex.19ter",
        Remark = "Art 42 is UNCONFIRMED in legal-rules.md. Annex 20 refusals have suspensive appeal (art 39/79), except "
            + "for 'other family members' (CCE 185.877).",
    };

    /// <summary>Long-term resident: 5 months from annex 16bis; silence means an L card.</summary>
    public static ProcedureType LongTermResident { get; } = new()
    {
        Code = "stay.long-term-resident",
        Title = new("Résident de longue durée", "Langdurig ingezetene", "Long-term resident"),
        LegalBasis = "Law art 15bis",
        Checklist =
        [
            TravelDocument,
            Doc("five-years-legal-residence", "Preuve de cinq ans de séjour légal ininterrompu", "Bewijs van vijf jaar ononderbroken wettig verblijf", "Proof of five years' uninterrupted legal residence", "Law art 15bis"),
            Doc("stable-resources", "Ressources stables, régulières et suffisantes", "Stabiele, regelmatige en toereikende bestaansmiddelen", "Stable, regular and sufficient resources", "Law art 15bis"),
            SicknessInsurance with { LegalBasis = "Law art 15bis" },
        ],
        DecisionRule = LegalRules.StayDecisions.LongTermResident,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "card.l", null),
            new(ProcedureOutcome.Refused, "annex.17", Annulment),
            new(ProcedureOutcome.NotConsidered, "annex.16ter", Annulment),
            new(ProcedureOutcome.DeemedGranted, "card.l", null),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.Municipality,
        AcknowledgementDocumentCode = "annex.16bis",
        Remark = "Annex 16 is the application, 16bis the receipt delivered once the file is complete (it starts the 5 months).",
    };

    /// <summary>Student: 90 days from the complete application.</summary>
    public static ProcedureType Student { get; } = new()
    {
        Code = "stay.student",
        Title = new("Séjour pour études", "Verblijf voor studies", "Student residence"),
        LegalBasis = "Law art 58-61; Dir. 2016/801",
        Checklist =
        [
            TravelDocument,
            Doc("enrolment-certificate", "Attestation d'inscription ou d'admission", "Inschrijvings- of toelatingsattest", "Certificate of enrolment or admission"),
            Doc("student-means-of-subsistence", "Preuve de moyens de subsistance suffisants", "Bewijs van toereikende bestaansmiddelen", "Proof of sufficient means of subsistence"),
            MedicalCertificate,
            CriminalRecord,
        ],
        DecisionRule = LegalRules.StayDecisions.Student,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "visa.d", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.student.refused", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.DiplomaticPost,
        Remark = "Articles 58-61 are not in legal-rules.md; an application made in Belgium would go through the municipality.",
    };

    /// <summary>Humanitarian stay (art 9bis): admissibility (exceptional circumstances, identity), then merits.</summary>
    public static ProcedureType Humanitarian9bis { get; } = new()
    {
        Code = "stay.humanitarian-9bis",
        Title = new("Autorisation de séjour pour motifs humanitaires (9bis)", "Machtiging tot verblijf om humanitaire redenen (9bis)", "Humanitarian residence authorisation (9bis)"),
        LegalBasis = "Law art 9bis",
        Checklist =
        [
            IdentityDocument with { LegalBasis = "Law art 9bis §1" },
            Doc("exceptional-circumstances", "Exposé des circonstances exceptionnelles", "Uiteenzetting van de buitengewone omstandigheden", "Statement of the exceptional circumstances", "Law art 9bis §1"),
            Doc("fee-paid", "Preuve du paiement de la redevance", "Bewijs van betaling van de retributie", "Proof that the fee was paid"),
        ],
        Steps = ProcedureSteps.AdmissibilityPhase,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "card.a", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.9bis.unfounded", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Inadmissible, "letter.stay.9bis.inadmissible", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.Municipality,
        Remark = "legal-rules.md: that there is no 9bis decision deadline is UNCONFIRMED; none is modelled.",
    };

    /// <summary>Medical stay (art 9ter): admissibility, then merits; attestation of immatriculation 3 months, renewed 3 × 3 months.</summary>
    public static ProcedureType Medical9ter { get; } = new()
    {
        Code = "stay.medical-9ter",
        Title = new("Autorisation de séjour pour raisons médicales (9ter)", "Machtiging tot verblijf om medische redenen (9ter)", "Medical residence authorisation (9ter)"),
        LegalBasis = "Law art 9ter",
        Checklist =
        [
            IdentityDocument with { LegalBasis = "Law art 9ter §2" },
            Doc("standard-medical-certificate", "Certificat médical type", "Standaard medisch getuigschrift", "Standard medical certificate", "Law art 9ter §1"),
            Doc("treatment-availability", "Informations sur la disponibilité et l'accessibilité du traitement", "Gegevens over de beschikbaarheid en toegankelijkheid van de behandeling", "Information on the availability and accessibility of treatment", "Law art 9ter §1"),
        ],
        Steps = ProcedureSteps.AdmissibilityPhase | ProcedureSteps.Attestation,
        Outcomes =
        [
            new(ProcedureOutcome.Granted, "card.a", null, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Refused, "letter.stay.9ter.unfounded", Annulment, DocumentUnconfirmed: true),
            new(ProcedureOutcome.Inadmissible, "letter.stay.9ter.inadmissible", Annulment, DocumentUnconfirmed: true),
            Withdrawal,
        ],
        NotificationRoute = NotificationRoute.Municipality,
        AcknowledgementDocumentCode = "attestation-of-immatriculation",
        Remark = "The attestation of immatriculation is given on admissibility (stay.9ter.attestation). After the three "
            + "renewals it is renewed monthly (not modelled). No 9ter decision deadline is modelled (UNCONFIRMED).",
    };

    /// <summary>Every type, stay first.</summary>
    public static IReadOnlyList<ProcedureType> All { get; } =
    [
        ShortStayVisa, ShortStayExtension, LongStayVisa, SinglePermit, FamilyReunification, EuFamily, LongTermResident,
        Student, Humanitarian9bis, Medical9ter,
    ];

    private static readonly Dictionary<string, ProcedureType> ByCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The type with this exact code, or null.</summary>
    public static ProcedureType? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var type) ? type : null;

    private static OutcomeRule Withdrawal => new(ProcedureOutcome.Withdrawn, "letter.procedure.withdrawal-acknowledged", null, DocumentUnconfirmed: true);

    private static DocumentRequirement Doc(string code, string fr, string nl, string en, string? legalBasis = null, bool provesKinship = false) =>
        new(code, new LocalizedText(fr, nl, en), legalBasis, provesKinship);
}
