using Itinera.Web.Features.Access;
using Itinera.Web.Features.Correspondence;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Features.Dossiers;

/// <param name="ConfirmDifferentPerson">The officer saw the likely existing dossiers and states this is a different person.</param>
public sealed record OpenDossierRequest(PersonInput? Person, string? Language, bool ConfirmDifferentPerson = false);

public static class DossierApi
{
    public static IEndpointRouteBuilder MapDossiers(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.DossierRead);
        var write = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.DossierWrite);

        read.MapGet("", async (string? q, int? limit, DossierService service, CancellationToken ct) =>
        {
            var found = await service.SearchAsync(q ?? "", limit ?? 20, ct);
            return TypedResults.Ok(new { results = found.Select(d => d.ToSummary()).ToList() });
        }).WithSummary("Exact and prefix search on name, dossier number, national number or external reference");

        read.MapGet("/{number}", async Task<Results<Ok<DossierJson>, ProblemHttpResult>> (string number, DossierService service, HttpContext http, CancellationToken ct) =>
        {
            var dossier = await service.GetAsync(number, ct);
            if (dossier is null) return Problems.NotFoundProblem(number);
            SetETag(http, dossier.Version);
            return TypedResults.Ok(dossier.ToJson());
        }).WithSummary("A dossier with its person, identities, documents and register");

        read.MapGet("/{number}/timeline", async Task<Results<Ok<List<EventJson>>, ProblemHttpResult>> (string number, DossierService service, CancellationToken ct) =>
        {
            var dossier = await service.GetAsync(number, ct);
            if (dossier is null) return Problems.NotFoundProblem(number);
            var events = await service.TimelineAsync(dossier.Id, ct);
            return TypedResults.Ok(events.Select(e => e.Event.ToJson(e.Origin)).ToList());
        }).WithSummary("The dossier's events, newest first");

        write.MapPost("", async Task<Results<Created<DossierJson>, ProblemHttpResult>> ([FromBody] OpenDossierRequest? body, DossierService service, HttpContext http, CancellationToken ct) =>
        {
            var outcome = await service.OpenAsync(body?.Person ?? new PersonInput(), body?.Language, ct, body?.ConfirmDifferentPerson ?? false);
            if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
            if (outcome.PossibleDuplicates is { } candidates) return Problems.PossibleDuplicateProblem(candidates);
            SetETag(http, outcome.Value!.Version);
            return TypedResults.Created($"/api/dossiers/{outcome.Value.Number}", outcome.Value.ToJson());
        }).WithSummary("Open a dossier for a person");

        write.MapPut("/{number}/person", async Task<Results<Ok<DossierJson>, ProblemHttpResult>> (string number, [FromBody] PersonInput? body, DossierService service, HttpContext http, CancellationToken ct) =>
        {
            if (ReadIfMatch(http) is not { } expected) return Problems.PreconditionRequiredProblem();
            var outcome = await service.UpdatePersonAsync(number, expected, body ?? new PersonInput(), ct);
            return Respond(outcome, http);
        }).WithSummary("Replace the person's identity; needs If-Match with the dossier's ETag");

        write.MapPost("/{number}/aliases", async Task<Results<Ok<DossierJson>, ProblemHttpResult>> (string number, [FromBody] AliasInput? body, DossierService service, HttpContext http, CancellationToken ct) =>
            Respond(await service.AddAliasAsync(number, body ?? new AliasInput(null, null, null, null, null, null), ct), http))
            .WithSummary("Record an alias (another identity the person used), with its source and date");

        write.MapPost("/{number}/identity-documents", async Task<Results<Ok<DossierJson>, ProblemHttpResult>> (string number, [FromBody] IdentityDocumentInput? body, DossierService service, HttpContext http, CancellationToken ct) =>
            Respond(await service.AddIdentityDocumentAsync(number, body ?? new IdentityDocumentInput(null, null, null, null, null), ct), http))
            .WithSummary("Record an identity or travel document");

        write.MapPost("/{number}/addresses", async Task<Results<Ok<DossierJson>, ProblemHttpResult>> (string number, [FromBody] AddressInput? body, DossierService service, HttpContext http, CancellationToken ct) =>
            Respond(await service.AddAddressAsync(number, body ?? new AddressInput(null, null, null, null, null, null, null), ct), http))
            .WithSummary("Record a new address; the current one ends the day before");

        write.MapPost("/{number}/documents", async Task<Results<Created<RegisteredDocumentJson>, ProblemHttpResult>> (string number, HttpRequest request, DocumentRegister register, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                var errors = new ValidationErrors();
                errors.Add("body", Text.Get("v.required"));
                return Problems.ValidationFailed(errors);
            }
            var form = await request.ReadFormAsync(ct);
            var input = new RegisterInput(form["direction"], form["kind"], form["title"], form["correspondent"], form["documentDate"]);
            var outcome = await register.RegisterAsync(number, input, form.Files.GetFile("file"), ct);
            if (outcome.NotFound) return Problems.NotFoundProblem(number);
            if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
            if (outcome.Stale is not null) return Problems.StaleProblem(outcome.Stale.CurrentVersion, outcome.Stale.ChangedFields);
            return TypedResults.Created($"/api/dossiers/{number}/documents/{outcome.Value!.Sequence}", outcome.Value.ToJson());
        }).DisableAntiforgery().WithSummary("Register an incoming or outgoing document (multipart form: direction, kind, title, correspondent, documentDate, file)");

        read.MapGet("/{number}/documents/{sequence:int}/content", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (string number, int sequence, DocumentRegister register, HttpContext http, CancellationToken ct) =>
        {
            var found = await register.OpenAsync(number, sequence, ct);
            if (found is null) return Problems.NotFoundProblem($"{number}#{sequence}");
            var type = found.Value.Entry.ContentType ?? "application/octet-stream";
            // Letters open in the browser to be read and printed. HTML is sandboxed (an opaque origin: it cannot reach
            // the session or the API), since a registered document may also come from outside.
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase))
            {
                if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) http.Response.Headers.ContentSecurityPolicy = "sandbox allow-scripts allow-modals; default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
                http.Response.Headers.ContentDisposition = "inline";
                return TypedResults.File(found.Value.Content, type);
            }
            return TypedResults.File(found.Value.Content, type, found.Value.Entry.FileName);
        }).WithSummary("The content of a registered document");

        return app;
    }

    private static Results<Ok<DossierJson>, ProblemHttpResult> Respond(Outcome<Dossier> outcome, HttpContext http)
    {
        if (outcome.NotFound) return Problems.NotFoundProblem(http.Request.Path);
        if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
        if (outcome.Stale is not null) return Problems.StaleProblem(outcome.Stale.CurrentVersion, outcome.Stale.ChangedFields);
        if (outcome.MergedInto is { } into) return Problems.Typed(Problems.DossierMerged, "problem.conflict", StatusCodes.Status409Conflict, Text.Get("problem.dossier-merged", into));
        SetETag(http, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.ToJson());
    }

    public static void SetETag(HttpContext http, int version) => http.Response.Headers.ETag = $"\"{version}\"";

    /// <summary>Reads the version from If-Match: "3" or W/"3".</summary>
    public static int? ReadIfMatch(HttpContext http)
    {
        var value = http.Request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
