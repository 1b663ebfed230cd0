using Itinera.Web.Data;

namespace Itinera.Web.Features.Audit;

/// <summary>Records audit rows on the current unit of work; they are sealed and saved with its SaveChangesAsync.</summary>
public sealed class AuditTrail(ItineraDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public void Record(AuditAction action, string objectType, string? objectId, AuditPurpose? purpose = null,
        AuditOutcome outcome = AuditOutcome.Success, string? detail = null) =>
        db.Audit.Add(Entry(action, objectType, objectId, purpose, outcome, detail));

    private AuditEntry Entry(AuditAction action, string objectType, string? objectId, AuditPurpose? purpose,
        AuditOutcome outcome, string? detail) =>
        new()
        {
            At = clock.GetUtcNow(),
            Actor = actor.Name,
            Purpose = actor.StatedPurpose ?? purpose ?? AuditPurpose.CaseHandling,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Outcome = outcome,
            Detail = detail,
            PreviousHash = "",
            Hash = "",
        };

    /// <summary>Records and saves at once: for reads, which have no other change to carry the row.</summary>
    public async Task RecordNowAsync(AuditAction action, string objectType, string? objectId, AuditPurpose? purpose = null,
        AuditOutcome outcome = AuditOutcome.Success, string? detail = null, CancellationToken ct = default)
    {
        // The trace of a read travels alone: on PostgreSQL it skips the change tracker and two round trips.
        if (!db.IsSqlite && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges())
        {
            await AuditChain.AppendAloneOnPostgresAsync(db, Entry(action, objectType, objectId, purpose, outcome, detail), ct);
            return;
        }
        Record(action, objectType, objectId, purpose, outcome, detail);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Who is acting, and the purpose they stated (header X-Purpose), for the audit trail and timelines.</summary>
public interface ICurrentActor
{
    string Name { get; }
    AuditPurpose? StatedPurpose { get; }
}
