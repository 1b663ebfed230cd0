using Itinera.Domain.Persons;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;

namespace Itinera.Web.Features.Identifiers;

public sealed record IdentifierCheckJson(bool Valid, string? Kind, string? BirthDate, string? Sex, string? Reason);

public static class IdentifierApi
{
    public static IEndpointRouteBuilder MapIdentifiers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/identifiers/{number}", async (string number, AuditTrail audit, CancellationToken ct) =>
        {
            var check = BelgianIdentifier.Check(number);
            // The number itself is personal data: the audit row says a check happened and its result, not the number.
            await audit.RecordNowAsync(AuditAction.Read, "identifier", null, AuditPurpose.CaseHandling,
                detail: check.Valid ? "valid " + check.Kind : "invalid " + check.Rejection, ct: ct);
            return TypedResults.Ok(ToJson(check));
        })
        .WithTags("Identifiers")
        .WithSummary("Check a Belgian national register or BIS number: checksum, birth date and sex it encodes")
        .RequireAuthorization(Policies.IdentifierCheck);
        return app;
    }

    public static IdentifierCheckJson ToJson(IdentifierCheck check) => new(
        check.Valid,
        check.Kind switch { IdentifierKind.National => "national", IdentifierKind.Bis => "bis", null => null, _ => null },
        check.BirthDate?.ToString(),
        check.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => null },
        check.Valid ? null : IdentifierMessages.Describe(check.Rejection));
}
