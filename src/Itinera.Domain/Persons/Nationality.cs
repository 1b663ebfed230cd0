namespace Itinera.Domain.Persons;

/// <summary>
/// Nationality codes as stored in Itinera: an ISO 3166-1 alpha-2 code (<see cref="Countries"/>), or one of the
/// special codes of Eurostat's citizenship code list: <see cref="Stateless"/> ("STLS") and <see cref="Unknown"/> ("UNK").
/// Greece and the United Kingdom are stored as ISO "GR" and "GB"; <see cref="ToEurostat"/> gives Eurostat's "EL" and "UK".
/// </summary>
public static class Nationality
{
    /// <summary>Stateless person (Eurostat code).</summary>
    public const string Stateless = "STLS";

    /// <summary>Nationality unknown (Eurostat code).</summary>
    public const string Unknown = "UNK";

    /// <summary>
    /// True for an officially assigned ISO alpha-2 code, "STLS" or "UNK", exactly as stored
    /// (upper case, no spaces; apply <see cref="Normalise"/> to user input first).
    /// </summary>
    public static bool IsValidNationality(string code) =>
        code is Stateless or Unknown || Countries.IsValid(code);

    /// <summary>Trims and upper-cases (invariant) a code. Does not validate.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>Maps a stored code to Eurostat's: GR → EL, GB → UK; every other code unchanged.</summary>
    public static string ToEurostat(string iso)
    {
        ArgumentNullException.ThrowIfNull(iso);
        return iso switch
        {
            "GR" => "EL",
            "GB" => "UK",
            _ => iso,
        };
    }

    /// <summary>Maps a Eurostat code back to the stored form: EL → GR, UK → GB; every other code unchanged.</summary>
    public static string FromEurostat(string eurostat)
    {
        ArgumentNullException.ThrowIfNull(eurostat);
        return eurostat switch
        {
            "EL" => "GR",
            "UK" => "GB",
            _ => eurostat,
        };
    }
}
