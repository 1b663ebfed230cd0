namespace Itinera.Domain.LegalClock;

/// <summary>A short text in the three languages the office works in: French, Dutch and English.</summary>
public sealed record LocalizedText(string Fr, string Nl, string En)
{
    /// <summary>The text for an ISO 639-1 code ("fr", "nl", "en", case-insensitive); English for any other code.</summary>
    public string In(string language) => language?.ToUpperInvariant() switch
    {
        "FR" => Fr,
        "NL" => Nl,
        _ => En,
    };
}
