namespace Itinera.Domain.Procedures;

/// <summary>Where a procedure stands. Values are stable (persisted).</summary>
public enum ProcedureState
{
    /// <summary>Created, not yet lodged. The only trigger accepted is <see cref="Lodge"/>.</summary>
    Draft = 0,

    /// <summary>Lodged; completeness not yet checked.</summary>
    Lodged = 1,

    /// <summary>Documents are missing; an "incomplete" notice listing them was sent.</summary>
    Incomplete = 2,

    /// <summary>Every required document is there (for family reunification: annex 15quinquies, the clock runs).</summary>
    Complete = 3,

    /// <summary>An officer examines the file (admissibility phase, then merits, for types that have two phases).</summary>
    UnderExamination = 4,

    /// <summary>Short-stay visa: other Schengen states were consulted (VIS Mail) and have not all replied.</summary>
    AwaitingConsultation = 5,

    /// <summary>Single permit / work-purpose long-stay visa: waiting for the Region's decision on the work part.</summary>
    AwaitingRegion = 6,

    /// <summary>Family reunification: a DNA test was requested to establish kinship.</summary>
    AwaitingDnaTest = 7,

    /// <summary>A proposal was written; it waits for a supervisor (four eyes).</summary>
    ProposalWritten = 8,

    /// <summary>Decided (validated by a supervisor, or deemed by law at expiry of the decision deadline); not yet notified.</summary>
    Decided = 9,

    /// <summary>Notified, and the decision opens no appeal window (e.g. a positive decision).</summary>
    Notified = 10,

    /// <summary>Notified; the appeal period runs.</summary>
    AppealWindowOpen = 11,

    /// <summary>Finished (appeal window over or appeal lodged, notified positive decision closed, or withdrawn).</summary>
    Closed = 12,
}

/// <summary>The examination phase, for types that decide admissibility before the merits (9bis, 9ter, single permit).</summary>
public enum ProcedurePhase
{
    /// <summary>The type has a single phase, or the examination has not started.</summary>
    None = 0,

    Admissibility = 1,

    Merits = 2,
}

/// <summary>Decision outcomes. Values are stable.</summary>
public enum ProcedureOutcome
{
    Granted = 1,

    Refused = 2,

    Inadmissible = 3,

    /// <summary>Not taken into consideration (e.g. annex 16ter, 19quinquies).</summary>
    NotConsidered = 4,

    /// <summary>The applicant withdrew the application.</summary>
    Withdrawn = 5,

    /// <summary>No decision in time: the law deems the application granted (visa granted, right recognised, positive decision).</summary>
    DeemedGranted = 6,
}

/// <summary>How a decision reaches the person. Values are stable.</summary>
public enum NotificationChannel
{
    /// <summary>Through the municipality (commune / gemeente) of residence.</summary>
    ThroughMunicipality = 1,

    /// <summary>Through the Belgian embassy or consulate that took the visa application.</summary>
    ThroughDiplomaticPost = 2,

    /// <summary>Registered mail: the CCE period starts on the 3rd working day after posting (rebuttable), art 39/57 §2.</summary>
    RegisteredMail = 3,

    /// <summary>Ordinary mail: treated like registered mail for the start of the CCE period.</summary>
    OrdinaryMail = 4,

    /// <summary>Hand delivery against receipt, or refusal to accept it: the period starts the next day.</summary>
    HandDelivery = 5,

    /// <summary>E-mail or another authorised electronic means: the period starts the day after sending.</summary>
    Electronic = 6,
}

/// <summary>The route a type's decisions must be notified through.</summary>
public enum NotificationRoute
{
    /// <summary>Any channel.</summary>
    Direct = 0,

    /// <summary>Only <see cref="NotificationChannel.ThroughMunicipality"/>.</summary>
    Municipality = 1,

    /// <summary>Only <see cref="NotificationChannel.ThroughDiplomaticPost"/> (visa applications lodged abroad).</summary>
    DiplomaticPost = 2,
}

/// <summary>Type-specific steps a procedure type allows (and for some, requires).</summary>
[Flags]
public enum ProcedureSteps
{
    None = 0,

    /// <summary>Prior consultation of other Schengen states through VIS Mail (Visa Code art 22).</summary>
    SchengenConsultation = 1,

    /// <summary>Solvency check of a guarantor who signed an undertaking (annex 3bis).</summary>
    GuarantorSolvency = 2,

    /// <summary>The Region decides on the work part; a grant needs the Region's authorisation.</summary>
    RegionDecision = 4,

    /// <summary>The secure DNA-test procedure that stands in for missing documents of kinship.</summary>
    DnaTest = 8,

    /// <summary>Admissibility is decided before the merits.</summary>
    AdmissibilityPhase = 16,

    /// <summary>An attestation of immatriculation runs from admissibility and is renewed (9ter).</summary>
    Attestation = 32,
}
