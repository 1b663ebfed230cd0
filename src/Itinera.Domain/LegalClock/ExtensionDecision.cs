namespace Itinera.Domain.LegalClock;

/// <summary>
/// A reasoned decision extending a deadline, taken on <paramref name="DecidedOn"/>, by <paramref name="Period"/>
/// (which must be the period the rule allows for that extension). Family reunification: "par une décision motivée"
/// (Law art 10ter §2 / 12bis §2).
/// </summary>
public sealed record ExtensionDecision(DateOnly DecidedOn, string Reason, Period Period);
