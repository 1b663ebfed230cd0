namespace Itinera.Domain.Persons;

/// <summary>The two kinds of Belgian person identifier that share the YYMMDD-SSS-CC layout.</summary>
public enum IdentifierKind
{
    /// <summary>National register number (rijksregisternummer / numéro de registre national); month 00..12.</summary>
    National = 0,

    /// <summary>BIS number (Crossroads Bank for Social Security); month +40 (sex known) or +20 (sex unknown).</summary>
    Bis = 1,
}
