namespace Itinera.Domain.LegalClock;

/// <summary>What the law attaches to a deadline passing without the act it requires. Values are stable.</summary>
public enum ExpiryConsequence
{
    /// <summary>The law (as far as legal-rules.md says) attaches no automatic effect; the deadline is one of good administration.</summary>
    None = 0,

    /// <summary>No decision in time: the visa is granted (family reunification).</summary>
    VisaGranted = 1,

    /// <summary>No decision in time: the decision is deemed positive (single permit, long-term resident).</summary>
    PositiveDecision = 2,

    /// <summary>No decision in time: the right of residence is recognised (family of an EU citizen or a Belgian).</summary>
    RightRecognised = 3,

    /// <summary>Responsibility for the protection application shifts to another Member State (Dublin).</summary>
    ResponsibilityShifts = 4,

    /// <summary>No reply in time counts as acceptance of the request (Dublin/AMMR).</summary>
    SilenceMeansAcceptance = 5,

    /// <summary>The person must be released (detention maximum reached without a valid extension).</summary>
    Release = 6,

    /// <summary>The appeal or objection can no longer be lodged (time-barred).</summary>
    TimeBarred = 7,

    /// <summary>The voluntary departure period is over: the order to leave can be enforced by forced removal.</summary>
    RemovalEnforceable = 8,

    /// <summary>No reply in time closes the procedure (Dublin re-examination request).</summary>
    ProcedureClosed = 9,

    /// <summary>The residence document or cover expires unless renewed.</summary>
    DocumentExpires = 10,
}
