using Itinera.Domain.Persons;
using Itinera.Web.Infrastructure;

namespace Itinera.Web.Features.Dossiers;

/// <summary>A person's identity as sent by the API, the web form or an import row.</summary>
public sealed record PersonInput
{
    public string? Surname { get; init; }
    public string? GivenNames { get; init; }
    public string? OriginalScriptName { get; init; }
    /// <summary>M, F or empty.</summary>
    public string? Sex { get; init; }
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? BirthDate { get; init; }
    public bool BirthDateEstimated { get; init; }
    public string? BirthPlace { get; init; }
    public string? BirthCountry { get; init; }
    /// <summary>ISO 3166-1 alpha-2 codes, or STLS (stateless), or UNK (unknown).</summary>
    public IReadOnlyList<string>? Nationalities { get; init; }
    /// <summary>Belgian national register or BIS number; separators allowed.</summary>
    public string? NationalNumber { get; init; }
    public string? ExternalId { get; init; }
}

/// <summary>The checked and normalised form of a <see cref="PersonInput"/>.</summary>
public sealed record ValidPerson(
    string Surname, string GivenNames, string? OriginalScriptName, Sex Sex, PartialDate? BirthDate, bool BirthDateEstimated,
    string? BirthPlace, string? BirthCountry, IReadOnlyList<string> Nationalities, string? NationalNumber, string? ExternalId)
{
    /// <summary>The fields of a person, by their API names, for timelines and conflict reports.</summary>
    public static readonly string[] FieldNames =
        ["surname", "givenNames", "originalScriptName", "sex", "birthDate", "birthDateEstimated", "birthPlace", "birthCountry", "nationalities", "nationalNumber", "externalId"];

    /// <summary>Names of the fields whose value differs from the stored person.</summary>
    public IReadOnlyList<string> ChangedFrom(Person p)
    {
        var changed = new List<string>();
        if (Surname != p.Surname) changed.Add("surname");
        if (GivenNames != p.GivenNames) changed.Add("givenNames");
        if (OriginalScriptName != p.OriginalScriptName) changed.Add("originalScriptName");
        if (Sex != p.Sex) changed.Add("sex");
        if (BirthDate?.ToString() != p.BirthDate) changed.Add("birthDate");
        if (BirthDateEstimated != p.BirthDateEstimated) changed.Add("birthDateEstimated");
        if (BirthPlace != p.BirthPlace) changed.Add("birthPlace");
        if (BirthCountry != p.BirthCountry) changed.Add("birthCountry");
        if (!Nationalities.Order(StringComparer.Ordinal).SequenceEqual(p.Nationalities.Select(n => n.Code).Order(StringComparer.Ordinal))) changed.Add("nationalities");
        if (NationalNumber != p.NationalNumber) changed.Add("nationalNumber");
        if (ExternalId != p.ExternalId) changed.Add("externalId");
        return changed;
    }

    public void ApplyTo(Person p)
    {
        p.Surname = Surname;
        p.GivenNames = GivenNames;
        p.OriginalScriptName = OriginalScriptName;
        p.Sex = Sex;
        p.BirthDate = BirthDate?.ToString();
        p.BirthDateEstimated = BirthDateEstimated;
        p.BirthPlace = BirthPlace;
        p.BirthCountry = BirthCountry;
        p.NationalNumber = NationalNumber;
        p.ExternalId = ExternalId;
        p.SearchSurname = NameKey.Of(Surname);
        p.SearchGivenNames = NameKey.Of(GivenNames);
        var wanted = Nationalities.ToHashSet(StringComparer.Ordinal);
        p.Nationalities.RemoveAll(n => !wanted.Contains(n.Code));
        foreach (var code in wanted.Where(c => p.Nationalities.All(n => n.Code != c)))
            p.Nationalities.Add(new PersonNationality { PersonId = p.Id, Code = code });
    }
}

public static class PersonValidation
{
    /// <summary>Checks every field and reports all the invalid ones; returns null when any is invalid.</summary>
    public static ValidPerson? Validate(PersonInput input, DateOnly today, ValidationErrors errors, string prefix = "")
    {
        string F(string name) => prefix + name;
        var surname = Clean(input.Surname);
        if (surname is null) errors.Add(F("surname"), Text.Get("v.required"));
        MaxLength(errors, F("surname"), surname, 200);
        var given = Clean(input.GivenNames) ?? "";
        MaxLength(errors, F("givenNames"), given, 200);
        var original = Clean(input.OriginalScriptName);
        MaxLength(errors, F("originalScriptName"), original, 400);
        var birthPlace = Clean(input.BirthPlace);
        MaxLength(errors, F("birthPlace"), birthPlace, 200);
        var externalId = Clean(input.ExternalId);
        MaxLength(errors, F("externalId"), externalId, 100);

        var sex = Sex.Unknown;
        switch (Clean(input.Sex)?.ToUpperInvariant())
        {
            case null: break;
            case "M": sex = Sex.Male; break;
            case "F": sex = Sex.Female; break;
            default: errors.Add(F("sex"), Text.Get("v.sex")); break;
        }

        PartialDate? birthDate = null;
        if (Clean(input.BirthDate) is { } bd)
        {
            if (!PartialDate.TryParse(bd, out var parsed)) errors.Add(F("birthDate"), Text.Get("v.partial-date"));
            else if (parsed.Earliest > today) errors.Add(F("birthDate"), Text.Get("v.date-in-future"));
            else birthDate = parsed;
        }

        var birthCountry = Clean(input.BirthCountry)?.ToUpperInvariant();
        if (birthCountry is not null && !Countries.IsValid(birthCountry)) errors.Add(F("birthCountry"), Text.Get("v.country"));

        var nationalities = new List<string>();
        foreach (var raw in input.Nationalities ?? [])
        {
            var code = Nationality.Normalise(raw ?? "");
            if (!Nationality.IsValidNationality(code)) { errors.Add(F("nationalities"), Text.Get("v.nationality")); continue; }
            if (nationalities.Contains(code)) { errors.Add(F("nationalities"), Text.Get("v.nationality-duplicate")); continue; }
            nationalities.Add(code);
        }
        if (nationalities.Count > 1 && nationalities.Any(c => c is "STLS" or "UNK"))
            errors.Add(F("nationalities"), Text.Get("v.nationality-exclusive"));

        string? nationalNumber = null;
        if (Clean(input.NationalNumber) is { } nn)
        {
            var check = BelgianIdentifier.Check(nn);
            if (!check.Valid)
                errors.Add(F("nationalNumber"), Text.Get("v.national-number", IdentifierMessages.Describe(check.Rejection)));
            else
            {
                nationalNumber = check.Normalised;
                foreach (var inconsistency in BelgianIdentifier.Inconsistencies(check, birthDate, sex))
                    errors.Add(F("nationalNumber"), Text.Get(inconsistency == IdentifierInconsistency.BirthDate ? "v.national-number-birth" : "v.national-number-sex"));
            }
        }

        if (surname is null || errors.Has(F("surname")) || errors.Has(F("givenNames")) || errors.Has(F("originalScriptName"))
            || errors.Has(F("birthPlace")) || errors.Has(F("externalId")) || errors.Has(F("sex")) || errors.Has(F("birthDate"))
            || errors.Has(F("birthCountry")) || errors.Has(F("nationalities")) || errors.Has(F("nationalNumber")))
            return null;
        return new ValidPerson(surname, given, original, sex, birthDate, input.BirthDateEstimated && birthDate is not null,
            birthPlace, birthCountry, nationalities, nationalNumber, externalId);
    }

    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static void MaxLength(ValidationErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max) errors.Add(field, Text.Get("v.too-long", max));
    }
}
