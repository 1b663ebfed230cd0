using Itinera.Web.Features.Access;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Features.Stay;

/// <summary>Stays recorded on a dossier and the 90/180-day rule on them (issue 4, item 4).</summary>
public static class DossierStayApi
{
    public static IEndpointRouteBuilder MapDossierStays(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/dossiers").WithTags("Stay").RequireAuthorization(Policies.DossierRead);
        var write = app.MapGroup("/api/dossiers").WithTags("Stay").RequireAuthorization(Policies.DossierWrite);

        read.MapGet("/{number}/stays", async Task<Results<Ok<List<RecordedStayJson>>, ProblemHttpResult>> (string number, StayRecords stays, HttpContext http, CancellationToken ct) =>
        {
            var (dossier, list) = await stays.ListAsync(number, "stays", ct);
            if (dossier is null) return Problems.NotFoundProblem(number);
            DossierApi.SetETag(http, dossier.Version);
            return TypedResults.Ok(list.Stays.Select(s => StayRecords.ToJson(s, list.DossierOf(s))).ToList());
        }).WithSummary("The stays in the Schengen area recorded on the dossier's person and on the dossiers merged into it, oldest first, each with the dossier it was recorded on");

        write.MapPost("/{number}/stays", async Task<Results<Created<RecordedStayJson>, ProblemHttpResult>> (string number, [FromBody] RecordStayRequest? body, StayRecords stays, HttpContext http, CancellationToken ct) =>
        {
            var outcome = await stays.RecordAsync(number, body ?? new RecordStayRequest(null, null, null, null), ct);
            if (outcome.NotFound) return Problems.NotFoundProblem(number);
            if (outcome.MergedInto is { } into) return Problems.Typed(Problems.DossierMerged, "problem.conflict", StatusCodes.Status409Conflict, Text.Get("problem.dossier-merged", into));
            if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
            if (outcome.Stale is not null) return Problems.StaleProblem(outcome.Stale.CurrentVersion, outcome.Stale.ChangedFields);
            var (dossier, stay) = outcome.Value!;
            DossierApi.SetETag(http, dossier.Version);
            return TypedResults.Created($"/api/dossiers/{dossier.Number}/stays", StayRecords.ToJson(stay, dossier.Number));
        }).WithSummary("Record a stay in the Schengen area (entry, exit unless still present, source, note): dates not in the future, exit not before entry, no overlap with the recorded stays");

        read.MapGet("/{number}/schengen", async Task<Results<Ok<DossierSchengenJson>, ProblemHttpResult>> (string number, string? controlDate, string? plannedEntry, StayRecords stays, CancellationToken ct) =>
        {
            var outcome = await stays.AssessAsync(number, controlDate, plannedEntry, ct);
            if (outcome.Dossier is null) return Problems.NotFoundProblem(number);
            if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
            return TypedResults.Ok(outcome.Result!);
        }).WithSummary("Schengen 90/180 rule on the dossier's recorded stays (and those of the dossiers merged into it, a shared day counted once), on controlDate (default today) and for an optional plannedEntry: the calculator's answer with the stays used");

        return app;
    }
}
