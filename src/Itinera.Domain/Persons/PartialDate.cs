using System.Globalization;

namespace Itinera.Domain.Persons;

/// <summary>
/// A date of birth that may be known only to the year ("1985"), to the month ("1985-07")
/// or fully ("1985-07-30"). A day is only allowed together with a month.
/// </summary>
/// <remarks>
/// <c>default(PartialDate)</c> (year 0) is not a valid value; always construct through the
/// constructor, <see cref="Parse"/>, <see cref="TryParse"/> or <see cref="FromDate"/>.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Smallest year accepted by <see cref="TryParse"/> and <see cref="Parse"/>.</summary>
    public const int MinParseYear = 1800;

    /// <summary>Largest year accepted anywhere (limit of <see cref="DateOnly"/>).</summary>
    public const int MaxYear = 9999;

    /// <summary>Creates a partial date, validating that it is a real calendar date (or prefix of one).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1..9999, month outside 1..12, day not in the month.</exception>
    /// <exception cref="ArgumentException">A day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
            if (day is { } d)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(d, DateTime.DaysInMonth(year, m), nameof(day));
            }
        }
        else if (day is not null)
        {
            throw new ArgumentException("A day requires a month.", nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public void Deconstruct(out int year, out int? month, out int? day) => (year, month, day) = (Year, Month, Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>First day the date can denote (1 January for year-only, the 1st for year-month).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day the date can denote (31 December for year-only, the last day of the month for year-month).</summary>
    public DateOnly Latest
    {
        get
        {
            var month = Month ?? 12;
            return new DateOnly(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
        }
    }

    /// <summary>A full-precision partial date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>True when <paramref name="date"/> lies within <see cref="Earliest"/>..<see cref="Latest"/>.</summary>
    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>True when both dates could denote the same day (their ranges overlap).</summary>
    public bool IsCompatibleWith(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>
    /// Parses exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ASCII digits, no surrounding spaces),
    /// year 1800..9999, real calendar dates only.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < MinParseYear || year > MaxYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month < 1 || month > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/> but throws.</summary>
    /// <exception cref="FormatException">The text is not one of the accepted forms.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => throw new InvalidOperationException("Unknown precision."),
    };

    /// <summary>Orders by <see cref="Earliest"/>, then by <see cref="Precision"/> (less precise first).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
