using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Audit;

public sealed record AuditEntryJson(long Sequence, DateTimeOffset At, string Actor, string Purpose, string Action, string ObjectType,
    string? ObjectId, string Outcome, string? Detail, string Hash);

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);

        group.MapGet("", async (string? objectType, string? objectId, string? actor, long? after, int? limit, ItineraDbContext db, AuditTrail audit, CancellationToken ct) =>
        {
            var query = db.Audit.AsNoTracking().AsQueryable();
            if (!string.IsNullOrWhiteSpace(objectType)) query = query.Where(a => a.ObjectType == objectType);
            if (!string.IsNullOrWhiteSpace(objectId)) query = query.Where(a => a.ObjectId == objectId);
            if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(a => a.Actor == actor);
            if (after is not null) query = query.Where(a => a.Sequence > after);
            var rows = await query.OrderBy(a => a.Sequence).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(ct);
            // Reading the audit trail is itself audited: it shows who looked at whom.
            await audit.RecordNowAsync(AuditAction.Read, "audit", objectId, AuditPurpose.AuditReview, detail: $"{rows.Count} row(s)", ct: ct);
            return TypedResults.Ok(rows.Select(a => new AuditEntryJson(a.Sequence, a.At, a.Actor, a.Purpose.ToString(), a.Action.ToString(),
                a.ObjectType, a.ObjectId, a.Outcome.ToString(), a.Detail, a.Hash)).ToList());
        }).WithSummary("Audit rows, oldest first, filtered by object, actor or position");

        group.MapPost("/verify", async (ItineraDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await AuditChain.VerifyAsync(db, ct)))
            .WithSummary("Walk the hash chain and report the first broken link");
        return app;
    }
}
