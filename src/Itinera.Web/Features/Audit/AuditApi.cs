using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
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

        group.MapGet("/head", async Task<Results<Ok<AuditHead>, NotFound>> (ItineraDbContext db, CancellationToken ct) =>
            await AuditChain.HeadAsync(db, ct) is { } head ? TypedResults.Ok(head) : TypedResults.NotFound())
            .WithSummary("The last row's sequence and hash: publish it outside the database, verify against it later");

        group.MapPost("/verify", async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> (long? headSequence, string? headHash, ItineraDbContext db, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (headSequence is not null && headSequence < 1) errors.Add("headSequence", Text.Get("v.range", 1, long.MaxValue));
            if (headSequence is not null && string.IsNullOrWhiteSpace(headHash)) errors.Add("headHash", Text.Get("v.required"));
            else if (headHash is not null && (headHash.Length != 64 || !headHash.All(Uri.IsHexDigit))) errors.Add("headHash", Text.Get("audit.v.hash"));
            if (headHash is not null && headSequence is null) errors.Add("headSequence", Text.Get("v.required"));
            if (!errors.IsEmpty) return Problems.ValidationFailed(errors);
            return TypedResults.Ok(await AuditChain.VerifyAsync(db, ct, headSequence is { } seq ? (seq, headHash!) : null));
        }).WithSummary("Walk the hash chain and report the first broken link; with a published head, also that the chain still reaches it unchanged");
        return app;
    }
}
