using System.Globalization;

namespace Itinera.Domain.Dossiers;

/// <summary>
/// Human-readable dossier number "YYYY-NNNNNN-CC": year of opening (2000..9999), sequence within the year
/// (1..999999) and two check digits by ISO 7064 MOD 97-10 over the ten digits YYYYNNNNNN:
/// CC = 98 − (YYYYNNNNNN × 100 mod 97). Every single-digit error and every adjacent transposition is detected.
/// </summary>
/// <remarks><c>default(DossierNumber)</c> (0, 0) is not a valid number; construct through the constructor or <see cref="TryParse"/>.</remarks>
public readonly record struct DossierNumber
{
    public const int MinYear = 2000;
    public const int MaxYear = 9999;
    public const int MinSequence = 1;
    public const int MaxSequence = 999_999;

    /// <exception cref="ArgumentOutOfRangeException">Year outside 2000..9999 or sequence outside 1..999999.</exception>
    public DossierNumber(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, MinSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        Year = year;
        Sequence = sequence;
    }

    public int Year { get; }

    public int Sequence { get; }

    public void Deconstruct(out int year, out int sequence) => (year, sequence) = (Year, Sequence);

    /// <summary>The two check digits ("02".."98") for the given year and sequence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year or sequence out of range.</exception>
    public static string CheckDigits(int year, int sequence)
    {
        _ = new DossierNumber(year, sequence);
        return Compute(year, sequence).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses "YYYY-NNNNNN-CC"; dashes and whitespace anywhere are ignored, so "YYYYNNNNNNCC" is accepted too.
    /// Returns false for anything that is not 12 digits, has an out-of-range year or sequence, or wrong check digits.
    /// </summary>
    public static bool TryParse(string? text, out DossierNumber value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        Span<int> d = stackalloc int[12];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 12)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
            else if (c != '-' && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (n != 12)
        {
            return false;
        }

        var year = (d[0] * 1000) + (d[1] * 100) + (d[2] * 10) + d[3];
        var sequence = 0;
        for (var i = 4; i < 10; i++)
        {
            sequence = (sequence * 10) + d[i];
        }

        var cc = (d[10] * 10) + d[11];
        if (year is < MinYear or > MaxYear || sequence is < MinSequence or > MaxSequence || Compute(year, sequence) != cc)
        {
            return false;
        }

        value = new DossierNumber(year, sequence);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/> but throws.</summary>
    /// <exception cref="FormatException">Not a valid dossier number.</exception>
    public static DossierNumber Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a valid dossier number (YYYY-NNNNNN-CC).");

    /// <summary>"YYYY-NNNNNN-CC".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D6}-{Compute(Year, Sequence):D2}");

    private static int Compute(int year, int sequence)
    {
        var ten = ((long)year * 1_000_000) + sequence;
        return (int)(98 - (ten * 100 % 97));
    }
}
