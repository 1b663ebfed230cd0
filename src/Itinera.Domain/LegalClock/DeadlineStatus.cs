namespace Itinera.Domain.LegalClock;

/// <summary>Where a deadline stands on a given day. Values are stable.</summary>
public enum DeadlineStatus
{
    /// <summary>Not yet due, and more than the "due soon" margin away.</summary>
    Running = 1,

    /// <summary>Due within the "due soon" margin (the due day itself included).</summary>
    DueSoon = 2,

    /// <summary>The due date has passed without the required act (or the act came after the due date).</summary>
    Expired = 3,

    /// <summary>The required act (decision, appeal, request…) was done on or before the due date.</summary>
    Met = 4,
}
