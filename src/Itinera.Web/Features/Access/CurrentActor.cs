using Itinera.Web.Features.Audit;

namespace Itinera.Web.Features.Access;

/// <summary>The signed-in user (cookie or token) of the current request; "anonymous" before sign-in.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string PurposeHeader = "X-Purpose";

    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public AuditPurpose? StatedPurpose =>
        accessor.HttpContext?.Request.Headers[PurposeHeader].FirstOrDefault() is { } value
        && Enum.TryParse<AuditPurpose>(value, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : null;
}

/// <summary>For command-line verbs: the operator acting through the console.</summary>
public sealed class ConsoleActor(string name, AuditPurpose purpose) : ICurrentActor
{
    public string Name { get; } = name;
    public AuditPurpose? StatedPurpose { get; } = purpose;
}
