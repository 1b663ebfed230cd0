namespace Itinera.Web.Features.Identity;

public enum PairStatus { Open = 0, DifferentPersons = 1, MergeProposed = 2, Merged = 3 }

/// <summary>
/// Two persons the duplicate scan (or a registration) found alike. Person ids are stored in ascending order so a pair
/// exists once. A pair judged <see cref="PairStatus.DifferentPersons"/> is kept: the scan never proposes it again.
/// </summary>
public sealed class DuplicatePair
{
    public Guid Id { get; set; }
    public Guid PersonA { get; set; }
    public Guid PersonB { get; set; }
    public double Score { get; set; }
    /// <summary>The matcher's reasons, JSON (which name parts and which date parts agreed).</summary>
    public string Reasons { get; set; } = "[]";
    public PairStatus Status { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
    public required string DetectedBy { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int Version { get; set; }

    public static (Guid A, Guid B) Order(Guid x, Guid y) => x.CompareTo(y) <= 0 ? (x, y) : (y, x);
}

public enum MergeKind { Merge = 0, Unmerge = 1 }

public enum MergeStatus { Proposed = 0, Approved = 1, Rejected = 2 }

/// <summary>
/// A merge (or the undoing of one) proposed by an officer; it takes effect only when a second officer with the
/// supervisor role approves it (four eyes).
/// </summary>
public sealed class MergeRequest
{
    public Guid Id { get; set; }
    public MergeKind Kind { get; set; }
    /// <summary>The dossier that stays (for an unmerge: the dossier the other was merged into).</summary>
    public Guid SurvivorDossierId { get; set; }
    /// <summary>The dossier that is merged into the survivor (for an unmerge: the one restored).</summary>
    public Guid AbsorbedDossierId { get; set; }
    public Guid? PairId { get; set; }
    /// <summary>For an unmerge: the approved merge it undoes.</summary>
    public Guid? UndoesMergeId { get; set; }
    /// <summary>For an unmerge: ids of what was recorded on the survivor after the merge and belongs to the restored dossier (JSON array).</summary>
    public string? MoveToRestored { get; set; }
    public MergeStatus Status { get; set; }
    public required string Reason { get; set; }
    public required string ProposedBy { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}
