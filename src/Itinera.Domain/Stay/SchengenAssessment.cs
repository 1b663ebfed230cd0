namespace Itinera.Domain.Stay;

/// <summary>
/// The 90/180-day rule applied on <paramref name="ControlDate"/>.
/// <paramref name="DaysUsed"/>: days of stay in the window <paramref name="WindowStart"/>..<paramref name="ControlDate"/>
/// (180 days, both ends included). <paramref name="DaysRemaining"/> = max(0, 90 − used);
/// <paramref name="OverstayDays"/> = max(0, used − 90).
/// <paramref name="LatestLegalExit"/>: for the stay in progress on the control date, the last day the person may still be
/// present; it may lie before the control date when the person is already over the limit, and before that stay's entry
/// when the entry itself broke the rule; null when no stay is in progress.
/// <paramref name="Planned"/>: the answer for a planned entry, when one was asked.
/// </summary>
public sealed record SchengenAssessment(
    DateOnly ControlDate,
    DateOnly WindowStart,
    int DaysUsed,
    int DaysRemaining,
    int OverstayDays,
    DateOnly? LatestLegalExit,
    PlannedStay? Planned);
