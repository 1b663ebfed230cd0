using Microsoft.AspNetCore.Http.HttpResults;

namespace Itinera.Web.Infrastructure;

/// <summary>RFC 9457 problem details with a stable type per error, titles in the caller's language.</summary>
public static class Problems
{
    public const string TypePrefix = "urn:itinera:problem:";
    public const string Validation = TypePrefix + "validation";
    public const string NotFound = TypePrefix + "not-found";
    public const string Stale = TypePrefix + "stale-version";
    public const string PreconditionRequired = TypePrefix + "precondition-required";
    public const string Unauthorized = TypePrefix + "unauthorized";
    public const string Forbidden = TypePrefix + "forbidden";
    public const string Conflict = TypePrefix + "conflict";
    public const string ServerError = TypePrefix + "server-error";
    public const string PossibleDuplicate = TypePrefix + "possible-duplicate";
    public const string FourEyes = TypePrefix + "four-eyes";
    public const string InvalidState = TypePrefix + "invalid-state";
    public const string DossierMerged = TypePrefix + "dossier-merged";

    /// <summary>409: the person may already have a dossier; the candidates are listed and nothing was created.</summary>
    public static ProblemHttpResult PossibleDuplicateProblem(IReadOnlyList<Features.Identity.PersonHitJson> candidates) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = PossibleDuplicate,
            Title = Text.Get("problem.possible-duplicate"),
            Detail = Text.Get("problem.possible-duplicate.detail", candidates.Count),
            Status = StatusCodes.Status409Conflict,
            Extensions = { ["candidates"] = candidates },
        });

    public static ProblemHttpResult Typed(string type, string titleKey, int status, string? detail = null) =>
        TypedResults.Problem(type: type, title: Text.Get(titleKey), detail: detail, statusCode: status);

    public static ProblemHttpResult ValidationFailed(ValidationErrors errors) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = Validation,
            Title = Text.Get("problem.validation"),
            Status = StatusCodes.Status400BadRequest,
            Extensions = { ["errors"] = errors.ToDictionary() },
        });

    public static ProblemHttpResult NotFoundProblem(string what) =>
        TypedResults.Problem(type: NotFound, title: Text.Get("problem.not-found"), detail: what, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult PreconditionRequiredProblem() =>
        TypedResults.Problem(type: PreconditionRequired, title: Text.Get("problem.precondition-required"), statusCode: StatusCodes.Status428PreconditionRequired);

    public static ProblemHttpResult StaleProblem(int currentVersion, IReadOnlyCollection<string> changedFields) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = Stale,
            Title = Text.Get("problem.stale"),
            Detail = Text.Get("problem.stale.detail", string.Join(", ", changedFields)),
            Status = StatusCodes.Status412PreconditionFailed,
            Extensions = { ["currentVersion"] = currentVersion, ["changedFields"] = changedFields },
        });

    public static ProblemHttpResult ConflictProblem(string detail) =>
        TypedResults.Problem(type: Conflict, title: Text.Get("problem.conflict"), detail: detail, statusCode: StatusCodes.Status409Conflict);
}

/// <summary>Collects every invalid field before answering, so the caller can fix them all at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public bool Has(string field) => errors.ContainsKey(field);

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
