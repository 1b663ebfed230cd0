namespace Itinera.Domain.LegalClock;

/// <summary>The event whose date starts a legal period (the dies a quo, itself not counted). Values are stable.</summary>
public enum StartEvent
{
    /// <summary>Annex 15quinquies delivered: proof that a family-reunification application was lodged (starts the clock).</summary>
    Annex15quinquiesDelivered = 1,

    /// <summary>Annex 16bis delivered: receipt of a long-term-resident application.</summary>
    Annex16bisDelivered = 2,

    /// <summary>Annex 22 delivered: EU permanent-residence application.</summary>
    Annex22Delivered = 3,

    /// <summary>Annex 15 delivered (provisional cover of a presumed victim of trafficking).</summary>
    Annex15Delivered = 4,

    /// <summary>The application was lodged (visa application, application of a family member of an EU citizen or a Belgian).</summary>
    ApplicationLodged = 5,

    /// <summary>The application was declared complete.</summary>
    CompleteApplication = 6,

    /// <summary>A decision declaring the application admissible.</summary>
    AdmissibilityDecision = 7,

    /// <summary>A decision was notified to the person (appeal windows, voluntary departure, closure of a procedure).</summary>
    Notification = 8,

    /// <summary>An application for international protection was made (expressed), before registration.</summary>
    ProtectionApplicationMade = 9,

    /// <summary>An application for international protection was lodged (Dublin III periods).</summary>
    ProtectionApplicationLodged = 10,

    /// <summary>An application for international protection was registered (AMMR periods).</summary>
    ProtectionApplicationRegistered = 11,

    /// <summary>A Eurodac hit was received.</summary>
    EurodacHit = 12,

    /// <summary>A Eurodac or VIS hit was received (AMMR).</summary>
    EurodacOrVisHit = 13,

    /// <summary>A take-charge, take-back, re-examination request or take-back notification was received.</summary>
    RequestReceived = 14,

    /// <summary>A take-charge or take-back request was accepted (or a take-back notification confirmed), explicitly or by silence.</summary>
    RequestAccepted = 15,

    /// <summary>
    /// Acceptance of the request, or the final decision on an appeal when the appeal had suspensive effect
    /// (Dublin III art 29(1)): the caller passes whichever date applies.
    /// </summary>
    AcceptanceOrFinalAppealDecision = 16,

    /// <summary>Start of an administrative detention.</summary>
    DetentionDecision = 17,
}
