namespace Itinera.Domain.Persons;

/// <summary>Why a national register or BIS number was rejected. Values are stable; messages via <see cref="BelgianIdentifier.Describe(IdentifierRejection)"/>.</summary>
public enum IdentifierRejection
{
    /// <summary>Nothing was entered.</summary>
    Empty = 0,

    /// <summary>Characters other than digits, spaces, dots and dashes.</summary>
    Format = 1,

    /// <summary>Not exactly 11 digits.</summary>
    Length = 2,

    /// <summary>The check digits match neither the 1900s nor the 2000s rule.</summary>
    Checksum = 3,

    /// <summary>Sequence number 000, 998 or 999.</summary>
    Sequence = 4,

    /// <summary>Month or day that cannot exist (e.g. month 13, 30 February) and is not an unknown-part form.</summary>
    BirthDate = 5,

    /// <summary>A national register number was expected but the number is a BIS number.</summary>
    BisNotNational = 6,

    /// <summary>A BIS number was expected but the number is a national register number.</summary>
    NationalNotBis = 7,
}
