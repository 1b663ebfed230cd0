namespace Itinera.Domain.LegalClock;

/// <summary>
/// A computed deadline: the <paramref name="Rule"/> applied from <paramref name="Start"/>, with
/// <paramref name="ExtensionsGranted"/> extensions and <paramref name="SuspendedDays"/> days of suspension.
/// <paramref name="LastDay"/> is the end of the period before any move; <paramref name="DueDate"/> is the day the act
/// must be done by (moved to the next working day only when the rule says so). Build it with <see cref="DeadlineCalculator"/>.
/// </summary>
public sealed record Deadline(LegalRule Rule, DateOnly Start, DateOnly LastDay, DateOnly DueDate, int ExtensionsGranted, int SuspendedDays)
{
    /// <summary>Default "due soon" margin in days; work queues may pass their own.</summary>
    public const int DefaultDueSoonDays = 7;

    /// <summary>The article and act the deadline comes from.</summary>
    public string LegalBasis => Rule.LegalBasis;

    /// <summary>What the law attaches to the deadline passing.</summary>
    public ExpiryConsequence ConsequenceAtExpiry => Rule.Consequence;

    /// <summary>
    /// Where the deadline stands on <paramref name="today"/>. <see cref="DeadlineStatus.Met"/> when
    /// <paramref name="doneOn"/> (the decision, appeal or request date) is on or before the due date; a later act does
    /// not meet it (<see cref="DeadlineStatus.Expired"/>, consequence in force). Otherwise Expired after the due date,
    /// <see cref="DeadlineStatus.DueSoon"/> when at most <paramref name="dueSoonDays"/> days are left, else Running.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonDays"/> is negative.</exception>
    public DeadlineAssessment Assess(DateOnly today, DateOnly? doneOn = null, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        var daysLeft = DueDate.DayNumber - today.DayNumber;
        var status = doneOn switch
        {
            { } done when done <= DueDate => DeadlineStatus.Met,
            { } => DeadlineStatus.Expired,
            null when daysLeft < 0 => DeadlineStatus.Expired,
            null when daysLeft <= dueSoonDays => DeadlineStatus.DueSoon,
            null => DeadlineStatus.Running,
        };
        return new DeadlineAssessment(status, daysLeft, status == DeadlineStatus.Expired ? Rule.Consequence : ExpiryConsequence.None);
    }
}
