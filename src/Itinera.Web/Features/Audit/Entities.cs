namespace Itinera.Web.Features.Audit;

public enum AuditAction { Read = 0, Search = 1, Create = 2, Update = 3, Delete = 4, Export = 5, Login = 6, Logout = 7, Import = 8, Access = 9 }

public enum AuditOutcome { Success = 0, Denied = 1, Failed = 2 }

/// <summary>Why personal data was touched (GDPR art. 5(1)(b)): callers may state it, endpoints default it.</summary>
public enum AuditPurpose { CaseHandling = 0, Search = 1, Registration = 2, Import = 3, Administration = 4, AuditReview = 5, PartnerExchange = 6, SubjectAccess = 7, Security = 8 }

/// <summary>
/// One row of the append-only audit trail. Rows form a hash chain: Hash = SHA-256(PreviousHash, the row's fields),
/// so that editing or deleting any row breaks every later link. See AuditChain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Row identity; the chain's order is <see cref="Sequence"/>, given when the row is sealed.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>User name, token id or "anonymous".</summary>
    public required string Actor { get; set; }
    public AuditPurpose Purpose { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>dossier, person, user, token, audit, endpoint…</summary>
    public required string ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public AuditOutcome Outcome { get; set; }
    /// <summary>Non-personal detail: the endpoint, a count, a reason code.</summary>
    public string? Detail { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
