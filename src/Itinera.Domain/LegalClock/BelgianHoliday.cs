namespace Itinera.Domain.LegalClock;

/// <summary>
/// The ten Belgian legal public holidays (jours fériés légaux / wettelijke feestdagen), in calendar order.
/// Basis: loi du 4 janvier 1974 relative aux jours fériés, art. 1, and its implementing royal decree
/// (AR du 18 avril 1974, art. 1), which lists the ten days. Values are stable.
/// </summary>
public enum BelgianHoliday
{
    /// <summary>1 January.</summary>
    NewYear = 1,

    /// <summary>Easter Sunday + 1 day.</summary>
    EasterMonday = 2,

    /// <summary>1 May.</summary>
    LabourDay = 3,

    /// <summary>Easter Sunday + 39 days (a Thursday).</summary>
    Ascension = 4,

    /// <summary>Easter Sunday + 50 days.</summary>
    WhitMonday = 5,

    /// <summary>21 July.</summary>
    NationalDay = 6,

    /// <summary>15 August.</summary>
    Assumption = 7,

    /// <summary>1 November.</summary>
    AllSaints = 8,

    /// <summary>11 November.</summary>
    Armistice = 9,

    /// <summary>25 December.</summary>
    Christmas = 10,
}
