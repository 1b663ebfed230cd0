using System.Globalization;
using Itinera.Domain.Persons;
using Itinera.Web.Infrastructure;

namespace Itinera.Web.Features.Dossiers;

public static class InputParsing
{
    public static TEnum? ParseEnum<TEnum>(string? value, string field, ValidationErrors errors, bool required = true) where TEnum : struct, Enum
    {
        var clean = PersonValidation.Clean(value);
        if (clean is null)
        {
            if (required) errors.Add(field, Text.Get("v.required"));
            return null;
        }
        if (Enum.TryParse<TEnum>(clean, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(clean, out _))
            return parsed;
        errors.Add(field, Text.Get("v.enum", string.Join(", ", Enum.GetNames<TEnum>())));
        return null;
    }

    public static DateOnly? ParseDate(string? value, string field, ValidationErrors errors, bool required = false)
    {
        var clean = PersonValidation.Clean(value);
        if (clean is null)
        {
            if (required) errors.Add(field, Text.Get("v.required"));
            return null;
        }
        if (DateOnly.TryParseExact(clean, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, Text.Get("v.date"));
        return null;
    }

    public static string? Country(string? value, string field, ValidationErrors errors, bool required)
    {
        var clean = PersonValidation.Clean(value)?.ToUpperInvariant();
        if (clean is null)
        {
            if (required) errors.Add(field, Text.Get("v.required"));
            return null;
        }
        if (Countries.IsValid(clean)) return clean;
        errors.Add(field, Text.Get("v.country"));
        return null;
    }

    public static string? Required(string? value, string field, int max, ValidationErrors errors)
    {
        var clean = PersonValidation.Clean(value);
        if (clean is null) errors.Add(field, Text.Get("v.required"));
        PersonValidation.MaxLength(errors, field, clean, max);
        return clean;
    }

    public static string? Optional(string? value, string field, int max, ValidationErrors errors)
    {
        var clean = PersonValidation.Clean(value);
        PersonValidation.MaxLength(errors, field, clean, max);
        return clean;
    }
}

public sealed record AliasInput(string? Surname, string? GivenNames, string? OriginalScriptName, string? BirthDate, string? Source, string? RecordedOn)
{
    public PersonAlias? Validate(DateOnly today, ValidationErrors errors)
    {
        var surname = InputParsing.Required(Surname, "surname", 200, errors);
        var given = InputParsing.Optional(GivenNames, "givenNames", 200, errors) ?? "";
        var original = InputParsing.Optional(OriginalScriptName, "originalScriptName", 400, errors);
        string? birth = null;
        if (PersonValidation.Clean(BirthDate) is { } bd)
        {
            if (PartialDate.TryParse(bd, out var pd) && pd.Earliest <= today) birth = pd.ToString();
            else errors.Add("birthDate", Text.Get("v.partial-date"));
        }
        var source = InputParsing.ParseEnum<AliasSource>(Source, "source", errors);
        var recorded = InputParsing.ParseDate(RecordedOn, "recordedOn", errors) ?? today;
        if (recorded > today) errors.Add("recordedOn", Text.Get("v.date-in-future"));
        if (!errors.IsEmpty || surname is null || source is null) return null;
        return new PersonAlias
        {
            Id = Guid.CreateVersion7(), Surname = surname, GivenNames = given, OriginalScriptName = original, BirthDate = birth,
            Source = source.Value, RecordedOn = recorded, SearchSurname = NameKey.Of(surname), SearchGivenNames = NameKey.Of(given),
        };
    }
}

public sealed record IdentityDocumentInput(string? Type, string? DocumentNumber, string? IssuingCountry, string? IssuedOn, string? ExpiresOn)
{
    public IdentityDocument? Validate(ValidationErrors errors)
    {
        var type = InputParsing.ParseEnum<IdentityDocumentType>(Type, "type", errors);
        var number = InputParsing.Required(DocumentNumber, "documentNumber", 50, errors)?.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        var country = InputParsing.Country(IssuingCountry, "issuingCountry", errors, required: true);
        var issued = InputParsing.ParseDate(IssuedOn, "issuedOn", errors);
        var expires = InputParsing.ParseDate(ExpiresOn, "expiresOn", errors);
        if (issued is not null && expires is not null && expires < issued) errors.Add("expiresOn", Text.Get("v.date-order"));
        if (!errors.IsEmpty || type is null || number is null || country is null) return null;
        return new IdentityDocument
        {
            Id = Guid.CreateVersion7(), Type = type.Value, DocumentNumber = number, IssuingCountry = country, IssuedOn = issued, ExpiresOn = expires,
        };
    }
}

public sealed record AddressInput(string? Street, string? HouseNumber, string? Box, string? PostalCode, string? Municipality, string? Country, string? ValidFrom)
{
    public PersonAddress? Validate(DateOnly today, ValidationErrors errors)
    {
        var street = InputParsing.Required(Street, "street", 200, errors);
        var number = InputParsing.Optional(HouseNumber, "houseNumber", 20, errors);
        var box = InputParsing.Optional(Box, "box", 20, errors);
        var postal = InputParsing.Required(PostalCode, "postalCode", 10, errors);
        var municipality = InputParsing.Required(Municipality, "municipality", 100, errors);
        var country = InputParsing.Country(Country ?? "BE", "country", errors, required: true);
        if (country == "BE" && postal is not null && !(postal.Length == 4 && postal.All(char.IsAsciiDigit) && postal[0] != '0'))
            errors.Add("postalCode", Text.Get("v.range", "1000", "9999"));
        var from = InputParsing.ParseDate(ValidFrom, "validFrom", errors) ?? today;
        if (!errors.IsEmpty || street is null || postal is null || municipality is null || country is null) return null;
        return new PersonAddress
        {
            Id = Guid.CreateVersion7(), Street = street, HouseNumber = number, Box = box, PostalCode = postal,
            Municipality = municipality, Country = country, ValidFrom = from,
        };
    }
}
