namespace Itinera.Domain.LegalClock;

/// <summary>
/// Belgian legal public holidays, computed for any Gregorian year (never hard-coded per year).
/// Basis: loi du 4 janvier 1974 relative aux jours fériés / wet van 4 januari 1974 betreffende de feestdagen, art. 1
/// (ten public holidays a year), the days themselves being listed in art. 1 of its implementing royal decree of
/// 18 April 1974: New Year, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, Assumption (15 August),
/// All Saints (1 November), Armistice (11 November) and Christmas (25 December).
/// These are also the "jours fériés légaux" of the Judicial Code, art. 52-53.
/// Community and regional days (11 July, 27 September, 15 November…) are not legal public holidays.
/// </summary>
public static class BelgianHolidays
{
    /// <summary>First year of the Gregorian calendar for which Easter is computed.</summary>
    public const int MinYear = 1583;

    /// <summary>Last year supported (limit of <see cref="DateOnly"/>).</summary>
    public const int MaxYear = 9999;

    private static readonly LocalizedText[] Names =
    [
        new("Jour de l'An", "Nieuwjaar", "New Year's Day"),
        new("Lundi de Pâques", "Paasmaandag", "Easter Monday"),
        new("Fête du Travail", "Feest van de Arbeid", "Labour Day"),
        new("Ascension", "Onze-Lieve-Heer-Hemelvaart", "Ascension Day"),
        new("Lundi de Pentecôte", "Pinkstermaandag", "Whit Monday"),
        new("Fête nationale", "Nationale feestdag", "National Day"),
        new("Assomption", "Onze-Lieve-Vrouw-Hemelvaart", "Assumption"),
        new("Toussaint", "Allerheiligen", "All Saints' Day"),
        new("Armistice", "Wapenstilstand", "Armistice Day"),
        new("Noël", "Kerstmis", "Christmas Day"),
    ];

    /// <summary>The Belgian working-day calendar: Monday to Friday, except the ten legal public holidays.</summary>
    public static IWorkingCalendar Calendar { get; } = new BelgianWorkingCalendar();

    /// <summary>
    /// Easter Sunday of a Gregorian year, by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>
    /// The ten legal public holidays of <paramref name="year"/>, in calendar order. Two may share a date: Ascension
    /// falls on 1 May when Easter is on 23 March (e.g. 2008); both are then listed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            Holiday(BelgianHoliday.NewYear, new DateOnly(year, 1, 1)),
            Holiday(BelgianHoliday.EasterMonday, easter.AddDays(1)),
            Holiday(BelgianHoliday.LabourDay, new DateOnly(year, 5, 1)),
            Holiday(BelgianHoliday.Ascension, easter.AddDays(39)),
            Holiday(BelgianHoliday.WhitMonday, easter.AddDays(50)),
            Holiday(BelgianHoliday.NationalDay, new DateOnly(year, 7, 21)),
            Holiday(BelgianHoliday.Assumption, new DateOnly(year, 8, 15)),
            Holiday(BelgianHoliday.AllSaints, new DateOnly(year, 11, 1)),
            Holiday(BelgianHoliday.Armistice, new DateOnly(year, 11, 11)),
            Holiday(BelgianHoliday.Christmas, new DateOnly(year, 12, 25)),
        ];
    }

    /// <summary>
    /// The holiday falling on <paramref name="date"/>, or null on an ordinary day. When two coincide (1 May and
    /// Ascension), the fixed-date one (Labour Day) is returned.
    /// </summary>
    public static PublicHoliday? On(DateOnly date) => Kind(date) is { } kind ? Holiday(kind, date) : null;

    /// <summary>True when <paramref name="date"/> is one of the ten legal public holidays.</summary>
    public static bool IsHoliday(DateOnly date) => Kind(date) is not null;

    /// <summary>True on Monday to Friday when the day is not a legal public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The name of a holiday in French, Dutch and English.</summary>
    public static LocalizedText NameOf(BelgianHoliday holiday) => Names[(int)holiday - 1];

    private static PublicHoliday Holiday(BelgianHoliday kind, DateOnly date) => new(date, kind, NameOf(kind));

    private static BelgianHoliday? Kind(DateOnly date)
    {
        switch ((date.Month, date.Day))
        {
            case (1, 1): return BelgianHoliday.NewYear;
            case (5, 1): return BelgianHoliday.LabourDay;
            case (7, 21): return BelgianHoliday.NationalDay;
            case (8, 15): return BelgianHoliday.Assumption;
            case (11, 1): return BelgianHoliday.AllSaints;
            case (11, 11): return BelgianHoliday.Armistice;
            case (12, 25): return BelgianHoliday.Christmas;
            case (< 3 or > 6, _): return null; // Easter-based holidays fall between 23 March and 14 June
        }

        if (date.Year < MinYear)
        {
            return null;
        }

        var fromEaster = date.DayNumber - EasterSunday(date.Year).DayNumber;
        return fromEaster switch
        {
            1 => BelgianHoliday.EasterMonday,
            39 => BelgianHoliday.Ascension,
            50 => BelgianHoliday.WhitMonday,
            _ => null,
        };
    }

    private sealed class BelgianWorkingCalendar : IWorkingCalendar
    {
        public bool IsWorkingDay(DateOnly date) => BelgianHolidays.IsWorkingDay(date);
    }
}
