using Itinera.Domain.Persons;
using Itinera.Web.Features.Correspondence;

namespace Itinera.Web.Features.Dossiers;

public sealed record PersonJson(
    Guid Id, string Surname, string GivenNames, string? OriginalScriptName, string? Sex, string? BirthDate, bool BirthDateEstimated,
    string? BirthPlace, string? BirthCountry, IReadOnlyList<string> Nationalities, string? NationalNumber, string? ExternalId,
    IReadOnlyList<AliasJson> Aliases, IReadOnlyList<IdentityDocumentJson> IdentityDocuments, IReadOnlyList<AddressJson> Addresses);

public sealed record AliasJson(Guid Id, string Surname, string GivenNames, string? OriginalScriptName, string? BirthDate, string Source, DateOnly RecordedOn);

public sealed record IdentityDocumentJson(Guid Id, string Type, string DocumentNumber, string IssuingCountry, DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record AddressJson(Guid Id, string Street, string? HouseNumber, string? Box, string PostalCode, string Municipality, string Country, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record RegisteredDocumentJson(int Sequence, string Direction, string Kind, string Title, string? Correspondent, DateOnly DocumentDate,
    DateTimeOffset RegisteredAt, string RegisteredBy, string? FileName, string? ContentType, long? Size, string? ContentSha256);

public sealed record DossierJson(string Number, string Status, string Language, DateTimeOffset OpenedAt, string OpenedBy, int Version,
    PersonJson Person, IReadOnlyList<RegisteredDocumentJson> Documents);

public sealed record DossierSummaryJson(string Number, Guid PersonId, string Surname, string GivenNames, string? BirthDate, string? Sex,
    IReadOnlyList<string> Nationalities, string? ExternalId);

public sealed record EventJson(long Id, DateTimeOffset OccurredAt, string Actor, string Type, int Version, IReadOnlyList<string> Fields, string? Detail, string? LegalBasis, string? Origin = null);

public static class DossierJsonMapping
{
    public static string? SexCode(Sex sex) => sex switch { Sex.Male => "M", Sex.Female => "F", Sex.Unknown => null, _ => null };

    public static DossierJson ToJson(this Dossier d) => new(
        d.Number, d.Status.ToString(), d.Language, d.OpenedAt, d.OpenedBy, d.Version, d.Person.ToJson(),
        d.Register.OrderBy(r => r.Sequence).Select(r => r.ToJson()).ToList());

    public static PersonJson ToJson(this Person p) => new(
        p.Id, p.Surname, p.GivenNames, p.OriginalScriptName, SexCode(p.Sex), p.BirthDate, p.BirthDateEstimated, p.BirthPlace, p.BirthCountry,
        p.Nationalities.Select(n => n.Code).Order(StringComparer.Ordinal).ToList(), p.NationalNumber, p.ExternalId,
        p.Aliases.OrderBy(a => a.RecordedOn).Select(a => new AliasJson(a.Id, a.Surname, a.GivenNames, a.OriginalScriptName, a.BirthDate, a.Source.ToString(), a.RecordedOn)).ToList(),
        p.Documents.Select(x => new IdentityDocumentJson(x.Id, x.Type.ToString(), x.DocumentNumber, x.IssuingCountry, x.IssuedOn, x.ExpiresOn)).ToList(),
        p.Addresses.OrderByDescending(a => a.ValidFrom).Select(a => new AddressJson(a.Id, a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.Country, a.ValidFrom, a.ValidTo)).ToList());

    public static RegisteredDocumentJson ToJson(this RegisteredDocument r) => new(
        r.Sequence, r.Direction.ToString(), r.Kind.ToString(), r.Title, r.Correspondent, r.DocumentDate, r.RegisteredAt, r.RegisteredBy,
        r.FileName, r.ContentType, r.Size, r.ContentSha256);

    public static DossierSummaryJson ToSummary(this Dossier d) => new(
        d.Number, d.Person.Id, d.Person.Surname, d.Person.GivenNames, d.Person.BirthDate, SexCode(d.Person.Sex),
        d.Person.Nationalities.Select(n => n.Code).Order(StringComparer.Ordinal).ToList(), d.Person.ExternalId);

    public static EventJson ToJson(this DossierEvent e, string? origin = null) => new(
        e.Id, e.OccurredAt, e.Actor, e.Type, e.Version, e.Fields?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], e.Detail, e.LegalBasis, origin);
}
