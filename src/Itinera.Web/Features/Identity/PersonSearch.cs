using Microsoft.AspNetCore.Http.HttpResults;
using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using Itinera.Web.Features.Audit;
using Itinera.Web.Infrastructure;

namespace Itinera.Web.Features.Identity;

/// <summary>Why a person came up: a name part, the birth date, sex or nationality, and how it agreed.</summary>
public sealed record ReasonJson(string Kind, string Agreement, string? Part = null, string? Matched = null, double? Similarity = null, IReadOnlyList<string>? AgreedParts = null);

public sealed record PersonHitJson(
    Guid PersonId, string DossierNumber, string? ExternalId, IReadOnlyList<string> Names, string MatchedName, string MatchedNameSource,
    string? BirthDate, IReadOnlyList<string> Nationalities, double Score, bool LikelyMatch, IReadOnlyList<ReasonJson> Reasons);

public sealed record PersonSearchJson(IReadOnlyList<PersonHitJson> Results);

/// <summary>The raw query as the API, the web page and registration send it.</summary>
public sealed record PersonSearchInput(string? Name, string? BirthDate, string? Nationality, string? Sex, int? Limit);

/// <summary>Finds persons whatever the spelling (see <see cref="PersonMatcher"/>), records the search in the audit trail.</summary>
public sealed class PersonSearch(RegistryIndex registry, AuditTrail audit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    /// <summary>Checks the query; null with every invalid field named in <paramref name="errors"/>.</summary>
    public static PersonQuery? Validate(PersonSearchInput input, ValidationErrors errors)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", Text.Get("v.required"));
        else if (name.Length > 400) errors.Add("name", Text.Get("v.too-long", 400));
        else if (NameText.Tokens(name).Count == 0) errors.Add("name", Text.Get("v.name-letters"));
        PartialDate? birth = null;
        if (!string.IsNullOrWhiteSpace(input.BirthDate))
        {
            if (PartialDate.TryParse(input.BirthDate.Trim(), out var b)) birth = b;
            else errors.Add("birthDate", Text.Get("v.partial-date"));
        }
        List<string> nationalities = [];
        if (!string.IsNullOrWhiteSpace(input.Nationality))
        {
            foreach (var code in input.Nationality.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var n = code.ToUpperInvariant();
                if (Nationality.IsValidNationality(n)) nationalities.Add(Nationality.Normalise(n));
                else errors.Add("nationality", Text.Get("v.nationality"));
            }
        }
        var sex = Sex.Unknown;
        switch (input.Sex?.Trim().ToUpperInvariant())
        {
            case null or "": break;
            case "M": sex = Sex.Male; break;
            case "F": sex = Sex.Female; break;
            default: errors.Add("sex", Text.Get("v.sex")); break;
        }
        if (input.Limit is < 1 or > MaxLimit) errors.Add("limit", Text.Get("v.range", 1, MaxLimit));
        return errors.IsEmpty ? new PersonQuery(name!, birth, nationalities, sex) : null;
    }

    public async Task<IReadOnlyList<IndexHit<RegistryEntry>>> FindAsync(PersonQuery query, int limit, CancellationToken ct,
        double minimumScore = 0.3, AuditPurpose purpose = AuditPurpose.Search)
    {
        if (!registry.Ready) await registry.CatchUpAsync(ct);
        var hits = registry.Index.Search(query, limit, minimumScore);
        await audit.RecordNowAsync(AuditAction.Search, "person", null, purpose, detail: $"{hits.Count} result(s)", ct: ct);
        return hits;
    }

    public static PersonHitJson ToJson(IndexHit<RegistryEntry> hit)
    {
        var m = hit.Match;
        var reasons = new List<ReasonJson>();
        foreach (var part in m.Name.Parts)
            reasons.Add(new ReasonJson("name", Camel(part.How.ToString()), part.Query, part.Matched, part.Similarity));
        if (m.BirthDate.How != DateAgreement.NotCompared)
            reasons.Add(new ReasonJson("birthDate", Camel(m.BirthDate.How.ToString()), AgreedParts: m.BirthDate.AgreedParts));
        if (m.SexAgrees is { } sex) reasons.Add(new ReasonJson("sex", sex ? "agrees" : "differs"));
        if (m.NationalityAgrees is { } nat) reasons.Add(new ReasonJson("nationality", nat ? "agrees" : "differs"));
        var names = hit.Payload.Names.Concat(hit.Record.Names.Where(n => n.Source != NameSource.Primary).Select(n => n.Display))
            .Distinct(StringComparer.Ordinal).ToList();
        return new PersonHitJson(hit.Payload.PersonId, hit.Payload.DossierNumber, hit.Payload.ExternalId, names, m.MatchedName.Display,
            Camel(m.MatchedName.Source.ToString()), hit.Payload.BirthDate, hit.Payload.Nationalities, m.Score,
            m.Score >= PersonMatcher.LikelyMatch, reasons);
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}

public sealed record ProposeMergeBody(string? Survivor, string? Absorbed, string? Reason, Guid? PairId);
public sealed record ProposeUnmergeBody(string? Dossier, string? Reason, MoveToRestored? MoveToRestored);
public sealed record DecisionBody(string? Note);

public static class PersonSearchApi
{
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Failure(MergeOutcome o, string what)
    {
        if (o.NotFound) return Problems.NotFoundProblem(what);
        if (o.Errors is not null) return Problems.ValidationFailed(o.Errors);
        if (o.Problem == Problems.FourEyes) return Problems.Typed(o.Problem, "problem.four-eyes", StatusCodes.Status403Forbidden, o.Detail);
        if (o.Problem is not null) return Problems.Typed(o.Problem, "problem.invalid-state", StatusCodes.Status409Conflict, o.Detail);
        return null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Created<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> Created(MergeOutcome o) =>
        Failure(o, "") is { } p ? p : TypedResults.Created($"/api/merges/{o.Value!.Id}", o.Value);

    private static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> Decided(MergeOutcome o, Guid id) =>
        Failure(o, id.ToString()) is { } p ? p : TypedResults.Ok(o.Value!);

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/persons").WithTags("Identity").RequireAuthorization(Access.Policies.DossierRead);
        read.MapGet("/search", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<PersonSearchJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (
            string? name, string? birthDate, string? nationality, string? sex, int? limit, PersonSearch search, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var query = PersonSearch.Validate(new PersonSearchInput(name, birthDate, nationality, sex, limit), errors);
            if (query is null) return Problems.ValidationFailed(errors);
            var hits = await search.FindAsync(query, limit ?? PersonSearch.DefaultLimit, ct);
            return TypedResults.Ok(new PersonSearchJson(hits.Select(PersonSearch.ToJson).ToList()));
        }).WithSummary("Find a person whatever the spelling, script, name order or birth-date uncertainty; best first, with score and reasons");

        var review = app.MapGroup("/api/duplicates").WithTags("Identity").RequireAuthorization(Access.Policies.DossierWrite);
        review.MapPost("/scan", async (double? threshold, DuplicateReview dup, CancellationToken ct) =>
            TypedResults.Ok(await dup.ScanAsync(Math.Clamp(threshold ?? PersonMatcher.LikelyMatch, 0.5, 1), ct)))
            .WithSummary("Score candidate pairs over the whole registry; new likely pairs join the review queue");
        review.MapGet("", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<List<PairJson>>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (string? status, int? limit, DuplicateReview dup, CancellationToken ct) =>
        {
            PairStatus? st = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!Enum.TryParse<PairStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    var errors = new ValidationErrors();
                    errors.Add("status", Text.Get("v.enum", string.Join(", ", Enum.GetNames<PairStatus>())));
                    return Problems.ValidationFailed(errors);
                }
                st = parsed;
            }
            return TypedResults.Ok((await dup.ListAsync(st, limit ?? 100, ct)).ToList());
        }).WithSummary("The review queue: pairs side by side with their reasons (status=Open by default in the UI)");
        review.MapGet("/{id:guid}", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<PairJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (Guid id, DuplicateReview dup, HttpContext http, CancellationToken ct) =>
        {
            var pair = await dup.GetAsync(id, ct);
            if (pair is null) return Problems.NotFoundProblem(id.ToString());
            Dossiers.DossierApi.SetETag(http, pair.Version);
            return TypedResults.Ok(pair);
        }).WithSummary("One proposed pair, both persons side by side");
        review.MapPost("/{id:guid}/different-persons", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<PairJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (Guid id, DuplicateReview dup, HttpContext http, CancellationToken ct) =>
        {
            var (value, notFound, stale, invalid) = await dup.JudgeDifferentAsync(id, Dossiers.DossierApi.ReadIfMatch(http), ct);
            if (notFound) return Problems.NotFoundProblem(id.ToString());
            if (stale) return Problems.ConflictProblem("the pair was decided or changed meanwhile; reload");
            if (invalid) return Problems.Typed(Problems.InvalidState, "problem.invalid-state", StatusCodes.Status409Conflict, "the pair is no longer open");
            return TypedResults.Ok(value!);
        }).WithSummary("Judge a pair to be two different persons: remembered, never proposed again");

        var merges = app.MapGroup("/api/merges").WithTags("Identity").RequireAuthorization(Access.Policies.DossierWrite);
        merges.MapGet("", async (string? status, Merging merging, CancellationToken ct) =>
            TypedResults.Ok(await merging.ListAsync(Enum.TryParse<MergeStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null, ct)))
            .WithSummary("Merge and unmerge requests");
        merges.MapPost("", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Created<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (ProposeMergeBody? body, Merging merging, CancellationToken ct) =>
            Created(await merging.ProposeMergeAsync(body?.Survivor, body?.Absorbed, body?.Reason, body?.PairId, ct)))
            .WithSummary("Propose merging the absorbed dossier into the survivor; a supervisor other than you must approve");
        merges.MapPost("/unmerge", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Created<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (ProposeUnmergeBody? body, Merging merging, CancellationToken ct) =>
            Created(await merging.ProposeUnmergeAsync(body?.Dossier, body?.Reason, body?.MoveToRestored, ct)))
            .WithSummary("Propose undoing a merge; say which items recorded since the merge belong to the restored dossier");
        var decide = app.MapGroup("/api/merges").WithTags("Identity").RequireAuthorization(Access.Policies.Supervise);
        decide.MapPost("/{id:guid}/approve", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (Guid id, DecisionBody? body, Merging merging, HttpContext http, CancellationToken ct) =>
            Decided(await merging.DecideAsync(id, true, body?.Note, http.User.IsInRole(Access.Roles.Supervisor), ct), id))
            .WithSummary("Approve (four eyes: a supervisor who did not propose it); the merge or unmerge is carried out");
        decide.MapPost("/{id:guid}/reject", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<MergeRequestJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (Guid id, DecisionBody? body, Merging merging, HttpContext http, CancellationToken ct) =>
            Decided(await merging.DecideAsync(id, false, body?.Note, http.User.IsInRole(Access.Roles.Supervisor), ct), id))
            .WithSummary("Reject a proposed merge or unmerge");
        return app;
    }
}
