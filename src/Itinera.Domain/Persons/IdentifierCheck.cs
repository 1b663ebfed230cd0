namespace Itinera.Domain.Persons;

/// <summary>
/// Result of checking a national register or BIS number.
/// When <see cref="Valid"/> is false only <see cref="Rejection"/> is set; everything else is null.
/// When valid: <see cref="Kind"/> and <see cref="Normalised"/> (11 digits, no separators) are set;
/// <see cref="BirthDate"/> is null when the birth date is fully unknown (fictitious date 000001) and
/// is year-only or year-month when the month or day is 00;
/// <see cref="Sex"/> is null when the number does not say (BIS month +20).
/// </summary>
public sealed record IdentifierCheck(
    bool Valid,
    IdentifierKind? Kind,
    PartialDate? BirthDate,
    Sex? Sex,
    IdentifierRejection? Rejection,
    string? Normalised)
{
    internal static IdentifierCheck Rejected(IdentifierRejection rejection) =>
        new(false, null, null, null, rejection, null);
}
