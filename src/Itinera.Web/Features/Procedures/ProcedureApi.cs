using System.Text.Json.Nodes;
using Itinera.Domain.Procedures;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Procedures;

/// <summary>
/// A line of the work queue. <c>dossierNumber</c> and <c>person</c>: the dossier the procedure is handled on, which is the
/// kept dossier (the end of the chain of merges) when the dossier it was lodged on was merged since. <c>lodgedOnDossier</c>:
/// in that case the merged dossier it was lodged on; null otherwise.
/// </summary>
public sealed record QueueItemJson(Guid Id, string DossierNumber, string Person, string Type, string State, string? AssignedTo, DateOnly? DueDate, string? DueKind, int? DaysLeft, bool Overdue,
    string? LodgedOnDossier = null);
/// <summary>The work queue: open procedures of a service or an officer, the nearest deadline first (none last).</summary>
public static class ProcedureQueue
{
    public static async Task<List<QueueItemJson>> LoadAsync(ItineraDbContext db, AuditTrail audit, DateOnly today, string? service, string? officer,
        int? withinDays, bool overdueOnly, CancellationToken ct)
    {
        var q = db.Procedures.AsNoTracking().Where(p => p.State != nameof(ProcedureState.Closed));
        if (!string.IsNullOrWhiteSpace(service)) q = q.Where(p => p.Service == service);
        if (!string.IsNullOrWhiteSpace(officer)) q = q.Where(p => p.AssignedTo == officer);
        if (withinDays is { } days) { var limit = today.AddDays(days); q = q.Where(p => p.NextDueDate != null && p.NextDueDate <= limit); }
        if (overdueOnly) q = q.Where(p => p.NextDueDate != null && p.NextDueDate < today);
        var rows = await q.OrderBy(p => p.NextDueDate == null).ThenBy(p => p.NextDueDate).ThenBy(p => p.LodgedOn).Take(500)
            .Join(db.Dossiers, p => p.DossierId, d => d.Id, (p, d) => new { p, d.Number, d.MergedIntoId, d.Person.Surname, d.Person.GivenNames }).ToListAsync(ct);
        // A procedure lodged on a dossier merged since continues in the kept dossier (the end of the chain of merges): the
        // officer is sent there, to its number and its person; the merged dossier is named beside it.
        var keptOf = new Dictionary<Guid, Guid>();
        foreach (var lodgedOn in rows.Where(x => x.MergedIntoId is not null).Select(x => x.p.DossierId).Distinct())
            keptOf[lodgedOn] = await db.KeptDossierIdAsync(lodgedOn, ct);
        var keptIds = keptOf.Values.Distinct().ToList();
        var kept = keptIds.Count == 0 ? new Dictionary<Guid, KeptDossier>() : await db.Dossiers.AsNoTracking().Where(d => keptIds.Contains(d.Id))
            .Select(d => new KeptDossier(d.Id, d.Number, d.Person.Surname, d.Person.GivenNames)).ToDictionaryAsync(d => d.Id, ct);
        await audit.RecordNowAsync(AuditAction.Search, "procedure-queue", service, AuditPurpose.CaseHandling, detail: $"{rows.Count} item(s)", ct: ct);
        return rows.Select(x =>
        {
            var handledOn = keptOf.TryGetValue(x.p.DossierId, out var keptId) && keptId != x.p.DossierId ? kept[keptId] : new KeptDossier(x.p.DossierId, x.Number, x.Surname, x.GivenNames);
            return new QueueItemJson(x.p.Id, handledOn.Number, $"{handledOn.Surname}, {handledOn.GivenNames}".TrimEnd(',', ' '), x.p.TypeCode, x.p.State, x.p.AssignedTo,
                x.p.NextDueDate, x.p.NextDueKind, x.p.NextDueDate is { } due ? due.DayNumber - today.DayNumber : null, x.p.NextDueDate < today,
                handledOn.Id == x.p.DossierId ? null : x.Number);
        }).ToList();
    }

    private sealed record KeptDossier(Guid Id, string Number, string Surname, string GivenNames);
}

public sealed record ReassignBody(IReadOnlyList<Guid>? Procedures, string? Officer, string? Reason);

public static class ProcedureApi
{
    public static IEndpointRouteBuilder MapProcedures(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Procedures").RequireAuthorization(Policies.DossierRead);
        var write = app.MapGroup("/api").WithTags("Procedures").RequireAuthorization(Policies.DossierWrite);

        read.MapGet("/procedure-types", () => TypedResults.Ok(ProcedureTypes.All.Select(t => new
        {
            code = t.Code, title = t.Title.In(Text.Language()), legalBasis = t.LegalBasis,
            variants = t.Variants.Select(v => new { code = v.Code, title = v.Title.In(Text.Language()) }),
            checklist = t.Checklist.Select(c => new { code = c.Code, label = c.Label.In(Text.Language()), legalBasis = c.LegalBasis }),
            decisionRule = t.DecisionRule?.Code, outcomes = t.Outcomes.Select(o => new { outcome = o.Outcome.ToString(), document = o.DocumentCode, appeal = o.AppealRuleCode }),
        }))).WithSummary("The procedure types, their checklists, decision rules and outcomes");

        write.MapPost("/dossiers/{number}/procedures", async Task<Results<Created<ProcedureJson>, ProblemHttpResult>> (string number, [FromBody] JsonObject? body, ProcedureService service, HttpContext http, CancellationToken ct) =>
        {
            var r = await service.LodgeAsync(number, body, ct);
            if (Failure(r, number) is { } p) return p;
            DossierApi.SetETag(http, r.Value!.Version);
            return TypedResults.Created($"/api/procedures/{r.Value.Id}", r.Value);
        }).WithSummary("Lodge an application: {\"type\": \"stay.family-reunification\", \"variant\"?, \"lodgedOn\"?, \"documents\": [codes received]}");

        read.MapGet("/dossiers/{number}/procedures", async Task<Results<Ok<IReadOnlyList<ProcedureJson>>, ProblemHttpResult>> (string number, DossierService dossiers, ProcedureService service, CancellationToken ct) =>
        {
            var dossier = await dossiers.GetAsync(number, ct);
            if (dossier is null) return Problems.NotFoundProblem(number);
            return TypedResults.Ok(await service.ForDossierAsync(dossier.Id, ct));
        }).WithSummary("The dossier's procedures with their deadlines");

        read.MapGet("/procedures/{id:guid}", async Task<Results<Ok<ProcedureJson>, ProblemHttpResult>> (Guid id, ProcedureService service, HttpContext http, CancellationToken ct) =>
        {
            var r = await service.GetAsync(id, ct);
            if (Failure(r, id.ToString()) is { } p) return p;
            DossierApi.SetETag(http, r.Value!.Version);
            return TypedResults.Ok(r.Value);
        }).WithSummary("A procedure: state, checklist, deadlines [{kind, dueDate, legalBasis, status}], allowed steps, history, letters");

        write.MapPost("/procedures/{id:guid}/actions", async Task<Results<Ok<ProcedureJson>, ProblemHttpResult>> (Guid id, [FromBody] JsonObject? body, ProcedureService service, HttpContext http, CancellationToken ct) =>
        {
            if (DossierApi.ReadIfMatch(http) is not { } expected) return Problems.PreconditionRequiredProblem();
            var r = await service.ActAsync(id, expected, body, http.User.IsInRole(Roles.Supervisor), ct);
            if (Failure(r, id.ToString()) is { } p) return p;
            DossierApi.SetETag(http, r.Value!.Version);
            return TypedResults.Ok(r.Value);
        }).WithSummary("One step: {\"trigger\": \"mark-incomplete\" | \"complete\" | \"assign\" | \"start-examination\" | \"propose\" | \"validate\" | \"notify\" | …, …}; needs If-Match");

        read.MapGet("/queues", async Task<Results<Ok<List<QueueItemJson>>, ProblemHttpResult>> (string? service, string? officer, int? withinDays, bool? overdue, ItineraDbContext db, ProcedureService procedures, AuditTrail audit, HttpContext http, CancellationToken ct) =>
        {
            if (withinDays is < 0 or > 366)
            {
                var errors = new ValidationErrors();
                errors.Add("withinDays", Text.Get("v.range", 0, 366));
                return Problems.ValidationFailed(errors);
            }
            if (officer == "me") officer = http.User.Identity?.Name;
            return TypedResults.Ok(await ProcedureQueue.LoadAsync(db, audit, procedures.Today, service, officer, withinDays, overdue == true, ct));
        }).WithSummary("Work queue sorted by deadline: ?service=stay&officer=me|name&withinDays=N (the daily list of deadlines within N days)&overdue=true");

        app.MapGroup("/api").WithTags("Procedures").RequireAuthorization(Policies.Supervise)
            .MapPost("/queues/reassign", async Task<Results<Ok<object>, ProblemHttpResult>> ([FromBody] ReassignBody? body, ProcedureService service, CancellationToken ct) =>
            {
                var (count, errors) = await service.ReassignAsync(body?.Procedures ?? [], body?.Officer, body?.Reason, ct);
                if (errors is not null) return Problems.ValidationFailed(errors);
                return TypedResults.Ok<object>(new { reassigned = count });
            }).WithSummary("Bulk (re)assignment of procedures to an officer, with a reason (supervisor)");
        return app;
    }

    public static ProblemHttpResult? Failure(ProcedureOutcomeResult r, string what)
    {
        if (r.NotFound) return Problems.NotFoundProblem(what);
        if (r.MergedInto is { } into) return Problems.Typed(Problems.DossierMerged, "problem.conflict", StatusCodes.Status409Conflict, Text.Get("problem.dossier-merged", into));
        if (r.Errors is not null) return Problems.ValidationFailed(r.Errors);
        if (r.Stale) return Problems.ConflictProblem("the procedure changed meanwhile; reload");
        if (r.Rule is { } rule)
        {
            var status = rule is FourEyesViolation or NotASupervisor ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return TypedResults.Problem(new ProblemDetails
            {
                Type = Problems.TypePrefix + rule.Code, Title = Text.Get("problem.procedure-rule"), Status = status, Detail = rule.ToString(),
                Extensions =
                {
                    ["rule"] = rule.Code, ["missing"] = rule is MissingDocuments m ? m.Codes : null,
                    // Which consulted states object or have not replied: the record's ToString prints only the list's type name.
                    ["states"] = rule switch { GrantBlockedByObjection g => g.States, ConsultationPending c => c.States, _ => null },
                },
            });
        }
        return null;
    }
}
