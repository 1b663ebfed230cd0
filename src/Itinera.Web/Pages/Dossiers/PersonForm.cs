using Itinera.Domain.Persons;
using Itinera.Web.Features.Dossiers;

namespace Itinera.Web.Pages.Dossiers;

/// <summary>The person form of the New and Edit pages, as typed (strings), so invalid values are kept on redisplay.</summary>
public sealed class PersonForm
{
    public const int NationalitySlots = 3;

    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? OriginalScriptName { get; set; }
    public string? Sex { get; set; }
    public string? BirthDate { get; set; }
    public bool BirthDateEstimated { get; set; }
    public string? BirthPlace { get; set; }
    public string? BirthCountry { get; set; }
    public List<string?> Nationalities { get; set; } = [];
    public string? NationalNumber { get; set; }
    public string? ExternalId { get; set; }

    public PersonInput ToInput() => new()
    {
        Surname = Surname, GivenNames = GivenNames, OriginalScriptName = OriginalScriptName, Sex = Sex, BirthDate = BirthDate,
        BirthDateEstimated = BirthDateEstimated, BirthPlace = BirthPlace, BirthCountry = BirthCountry,
        Nationalities = Nationalities.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList(),
        NationalNumber = NationalNumber, ExternalId = ExternalId,
    };

    public static PersonForm From(Person p) => new()
    {
        Surname = p.Surname, GivenNames = p.GivenNames, OriginalScriptName = p.OriginalScriptName,
        Sex = p.Sex switch { Itinera.Domain.Persons.Sex.Male => "M", Itinera.Domain.Persons.Sex.Female => "F", _ => "" },
        BirthDate = p.BirthDate, BirthDateEstimated = p.BirthDateEstimated, BirthPlace = p.BirthPlace, BirthCountry = p.BirthCountry,
        Nationalities = p.Nationalities.Select(n => (string?)n.Code).Order(StringComparer.Ordinal).ToList(),
        NationalNumber = p.NationalNumber is null ? null : Ui.NationalNumber(p.NationalNumber), ExternalId = p.ExternalId,
    };

    /// <summary>The value of a field (by its API name) as the user sees it, for conflict reports.</summary>
    public string Display(string field) => field switch
    {
        "surname" => Surname ?? "",
        "givenNames" => GivenNames ?? "",
        "originalScriptName" => OriginalScriptName ?? "",
        "sex" => Sex switch { "M" => Ui.EnumName(Itinera.Domain.Persons.Sex.Male), "F" => Ui.EnumName(Itinera.Domain.Persons.Sex.Female), _ => Ui.EnumName(Itinera.Domain.Persons.Sex.Unknown) },
        "birthDate" => BirthDate ?? "",
        "birthDateEstimated" => Ui.T(BirthDateEstimated ? "ui.yes" : "ui.no"),
        "birthPlace" => BirthPlace ?? "",
        "birthCountry" => Ui.CountryName(BirthCountry),
        "nationalities" => string.Join(", ", Nationalities.Where(n => !string.IsNullOrEmpty(n)).Select(Ui.CountryName)),
        "nationalNumber" => NationalNumber ?? "",
        "externalId" => ExternalId ?? "",
        _ => "",
    };

    /// <summary>The input that carries a field, for the error summary's links.</summary>
    public static string InputId(string field) => field switch
    {
        "nationalities" => "nationality-0",
        _ => field,
    };
}

/// <summary>What the shared person fields partial needs.</summary>
public sealed record PersonFieldsView(PersonForm Form, IReadOnlyDictionary<string, string[]>? Errors);
