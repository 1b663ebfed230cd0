using Itinera.Web.Features.Correspondence;
using Itinera.Domain.Persons;

namespace Itinera.Web.Features.Dossiers;

/// <summary>One foreigner, one dossier. Every department acts on it.</summary>
public sealed class Dossier
{
    public Guid Id { get; set; }
    /// <summary>Human-readable number with check digits, see <see cref="Itinera.Domain.Dossiers.DossierNumber"/>.</summary>
    public required string Number { get; set; }
    public DossierStatus Status { get; set; } = DossierStatus.Open;
    /// <summary>Language of the procedure (fr or nl): decides the language of letters.</summary>
    public required string Language { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public required string OpenedBy { get; set; }
    /// <summary>Optimistic concurrency: incremented on every change to the dossier or its person.</summary>
    public int Version { get; set; }
    /// <summary>Set while this dossier is merged into another (status <see cref="DossierStatus.Merged"/>).</summary>
    public Guid? MergedIntoId { get; set; }
    public Person Person { get; set; } = null!;
    public List<RegisteredDocument> Register { get; set; } = [];
    public List<DossierEvent> Events { get; set; } = [];
}

public enum DossierStatus { Open = 0, Closed = 1, Merged = 2 }

public sealed class Person
{
    public Guid Id { get; set; }
    public Guid DossierId { get; set; }
    public Dossier Dossier { get; set; } = null!;
    public required string Surname { get; set; }
    public string GivenNames { get; set; } = "";
    /// <summary>The name as written in its original script (Arabic, Cyrillic, Ge'ez…).</summary>
    public string? OriginalScriptName { get; set; }
    public Sex Sex { get; set; }
    /// <summary>ISO form of a <see cref="PartialDate"/>: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? BirthDate { get; set; }
    public bool BirthDateEstimated { get; set; }
    public string? BirthPlace { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? BirthCountry { get; set; }
    /// <summary>Belgian national register or BIS number, 11 digits.</summary>
    public string? NationalNumber { get; set; }
    /// <summary>Reference of the person in the system it was imported from.</summary>
    public string? ExternalId { get; set; }
    /// <summary>Upper-case, diacritics removed, for exact and prefix search.</summary>
    public string SearchSurname { get; set; } = "";
    public string SearchGivenNames { get; set; } = "";
    public List<PersonNationality> Nationalities { get; set; } = [];
    public List<PersonAlias> Aliases { get; set; } = [];
    public List<IdentityDocument> Documents { get; set; } = [];
    public List<PersonAddress> Addresses { get; set; } = [];
}

public sealed class PersonNationality
{
    public Guid PersonId { get; set; }
    /// <summary>ISO 3166-1 alpha-2, or STLS (stateless) or UNK (unknown).</summary>
    public required string Code { get; set; }
}

public enum AliasSource { Declared = 0, Passport = 1, Police = 2, Eurodac = 3, Vis = 4, Embassy = 5, Municipality = 6, Merge = 7, Other = 8 }

public sealed class PersonAlias
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Surname { get; set; }
    public string GivenNames { get; set; } = "";
    public string? OriginalScriptName { get; set; }
    public string? BirthDate { get; set; }
    public AliasSource Source { get; set; }
    public DateOnly RecordedOn { get; set; }
    public string SearchSurname { get; set; } = "";
    public string SearchGivenNames { get; set; } = "";
    /// <summary>The merge that brought this identity over from another dossier; an unmerge takes it back.</summary>
    public Guid? MergeRequestId { get; set; }
}

public enum IdentityDocumentType { Passport = 0, NationalIdentityCard = 1, TravelDocument = 2, RefugeeTravelDocument = 3, LaissezPasser = 4, BirthCertificate = 5, ResidenceCard = 6, DrivingLicence = 7, Other = 8 }

public sealed class IdentityDocument
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public IdentityDocumentType Type { get; set; }
    public required string DocumentNumber { get; set; }
    /// <summary>ISO 3166-1 alpha-2 of the issuing state.</summary>
    public required string IssuingCountry { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

public sealed class PersonAddress
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Street { get; set; }
    public string? HouseNumber { get; set; }
    public string? Box { get; set; }
    public required string PostalCode { get; set; }
    public required string Municipality { get; set; }
    public string Country { get; set; } = "BE";
    public DateOnly ValidFrom { get; set; }
    /// <summary>Null while this is the current address; set when a newer address is recorded.</summary>
    public DateOnly? ValidTo { get; set; }
}

/// <summary>The timeline: one row per change to a dossier, written in the same transaction as the change.</summary>
public sealed class DossierEvent
{
    public long Id { get; set; }
    public Guid DossierId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Actor { get; set; }
    /// <summary>Stable code, e.g. dossier.opened, person.updated; the UI translates it.</summary>
    public required string Type { get; set; }
    /// <summary>Dossier version after this change.</summary>
    public int Version { get; set; }
    /// <summary>Names of the fields this change touched (comma-separated), for conflict reports.</summary>
    public string? Fields { get; set; }
    /// <summary>Short non-sensitive description (a document title, a count); never a full identity.</summary>
    public string? Detail { get; set; }
    public string? LegalBasis { get; set; }
}
