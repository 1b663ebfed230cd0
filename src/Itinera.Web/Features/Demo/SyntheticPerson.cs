namespace Itinera.Web.Features.Demo;

/// <summary>Why the person is (or will be) known to the office.</summary>
internal enum SyntheticProfile
{
    ProtectionApplicant,
    FamilyReunification,
    ShortStayVisa,
    Student,
    Worker,
    IrregularStay,
    EuFamily,
}

/// <summary>Who recorded an alias.</summary>
internal enum SyntheticAliasSource
{
    Declared,
    Passport,
    Police,
    Eurodac,
    Embassy,
}

/// <summary>How an alias differs from the main identity.</summary>
internal enum SyntheticAliasKind
{
    /// <summary>Another Latin transliteration of the same name (Mohammed / Muhammad / Mohamed).</summary>
    Spelling,

    /// <summary>Surname and given names recorded the other way round.</summary>
    SwappedOrder,

    /// <summary>Same name, another declared birth date.</summary>
    OtherBirthDate,
}

internal enum SyntheticDocumentType
{
    Passport,
    NationalIdCard,
    BirthCertificate,

    /// <summary>Travel document for refugees (1951 Convention), issued by the country of protection.</summary>
    RefugeeTravelDocument,
}

/// <summary>A synthetic person; only primitive types, see <see cref="SyntheticPersons"/>.</summary>
/// <param name="Surname">Latin spelling as usual in Belgian files.</param>
/// <param name="GivenNames">Space-separated; empty for a single-name person (then the name is in <paramref name="Surname"/>).</param>
/// <param name="OriginalScriptName">Full name in the original script (given names first, except Chinese), null for Latin-script countries.</param>
/// <param name="Sex">'M', 'F' or null.</param>
/// <param name="BirthDate">"YYYY", "YYYY-MM" or "YYYY-MM-DD".</param>
/// <param name="BirthDateEstimated">True when the date is an estimate (year only, age assessment).</param>
/// <param name="BirthPlace">City or province, Latin spelling.</param>
/// <param name="BirthCountry">ISO 3166-1 alpha-2.</param>
/// <param name="Nationality">ISO 3166-1 alpha-2, "STLS" (stateless) or "UNK" (unknown).</param>
internal sealed record SyntheticPerson(
    string Surname,
    string GivenNames,
    string? OriginalScriptName,
    char? Sex,
    string BirthDate,
    bool BirthDateEstimated,
    string? BirthPlace,
    string? BirthCountry,
    string Nationality,
    SyntheticProfile Profile,
    IReadOnlyList<SyntheticAlias> Aliases,
    IReadOnlyList<SyntheticDocument> Documents,
    SyntheticAddress? Address);

/// <param name="BirthDate">Null when the alias carries the same birth date as the person.</param>
internal sealed record SyntheticAlias(
    string Surname,
    string GivenNames,
    string? BirthDate,
    SyntheticAliasKind Kind,
    SyntheticAliasSource Source,
    DateOnly Recorded);

/// <param name="IssuingCountry">ISO 3166-1 alpha-2.</param>
/// <param name="ExpiryDate">Null for documents without expiry (birth certificates).</param>
internal sealed record SyntheticDocument(
    SyntheticDocumentType Type,
    string Number,
    string IssuingCountry,
    DateOnly IssueDate,
    DateOnly? ExpiryDate);

/// <param name="Number">House number, possibly with a letter and a box ("12A", "7 bte 3", "41 bus 2").</param>
internal sealed record SyntheticAddress(
    string Street,
    string Number,
    string PostalCode,
    string Municipality);
