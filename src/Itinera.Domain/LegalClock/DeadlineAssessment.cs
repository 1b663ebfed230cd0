namespace Itinera.Domain.LegalClock;

/// <summary>
/// A deadline seen from one day: its <see cref="Status"/>, the days left (0 on the due day, negative after it) and the
/// legal consequence in force (the rule's consequence once <see cref="DeadlineStatus.Expired"/>, otherwise None).
/// </summary>
public sealed record DeadlineAssessment(DeadlineStatus Status, int DaysLeft, ExpiryConsequence Consequence);
