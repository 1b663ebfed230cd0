using System.Globalization;

namespace Itinera.Domain.Persons;

/// <summary>
/// Belgian national register numbers and BIS numbers (legal-rules.md §7, source N1: python-stdnum be/nn, be/bis).
/// Layout YYMMDD SSS CC: birth date, sequence (odd = male, even = female, 001..997), check digits
/// CC = 97 − (YYMMDDSSS mod 97), with "2" prefixed to the nine digits for births from 2000.
/// BIS numbers add 40 to the month when the sex is known and 20 when it is not.
/// Legal basis: the national register number is given under the Law of 8 August 1983 organising a national register
/// of natural persons; BIS numbers by the Crossroads Bank for Social Security under the Law of 15 January 1990, art. 8.
/// UNCONFIRMED: the article that fixes the number's composition was not read from the primary text; the layout and
/// checksum above follow legal-rules.md §7 [N1], and the tests are built from that rule.
/// </summary>
public static class BelgianIdentifier
{
    private const long Prefix2000 = 2_000_000_000;
    private const int BisSexUnknownOffset = 20;
    private const int BisSexKnownOffset = 40;

    /// <summary>Checks a national register number or a BIS number, written with or without separators (spaces, dots, dashes).</summary>
    public static IdentifierCheck Check(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return IdentifierCheck.Rejected(IdentifierRejection.Empty);
        }

        if (!TryCompact(input, out var digits))
        {
            return IdentifierCheck.Rejected(IdentifierRejection.Format);
        }

        if (digits.Length != 11)
        {
            return IdentifierCheck.Rejected(IdentifierRejection.Length);
        }

        var nine = long.Parse(digits.AsSpan(0, 9), NumberStyles.None, CultureInfo.InvariantCulture);
        var cc = int.Parse(digits.AsSpan(9, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int century;
        if (CheckDigits(nine) == cc)
        {
            century = 1900;
        }
        else if (CheckDigits(Prefix2000 + nine) == cc)
        {
            century = 2000;
        }
        else
        {
            return IdentifierCheck.Rejected(IdentifierRejection.Checksum);
        }

        var sequence = (int)(nine % 1000);
        if (sequence is 0 or > 997)
        {
            return IdentifierCheck.Rejected(IdentifierRejection.Sequence);
        }

        var yy = (int)(nine / 10_000_000);
        var mm = (int)(nine / 100_000 % 100);
        var dd = (int)(nine / 1000 % 100);

        IdentifierKind kind;
        bool sexKnown;
        int month;
        switch (mm)
        {
            case <= 12:
                (kind, sexKnown, month) = (IdentifierKind.National, true, mm);
                break;
            case >= BisSexUnknownOffset and <= BisSexUnknownOffset + 12:
                (kind, sexKnown, month) = (IdentifierKind.Bis, false, mm - BisSexUnknownOffset);
                break;
            case >= BisSexKnownOffset and <= BisSexKnownOffset + 12:
                (kind, sexKnown, month) = (IdentifierKind.Bis, true, mm - BisSexKnownOffset);
                break;
            default:
                return IdentifierCheck.Rejected(IdentifierRejection.BirthDate);
        }

        var year = century + yy;
        PartialDate? birthDate;
        if (yy == 0 && month == 0 && dd == 1)
        {
            // Fictitious date 1900/00/01 or 2000/00/01: birth date (even the year) unknown.
            birthDate = null;
        }
        else if (month == 0)
        {
            // Month unknown, or the day counter ran out (then the day digits carry no date): year only.
            birthDate = new PartialDate(year);
        }
        else if (dd == 0)
        {
            birthDate = new PartialDate(year, month);
        }
        else if (dd > DateTime.DaysInMonth(year, month))
        {
            return IdentifierCheck.Rejected(IdentifierRejection.BirthDate);
        }
        else
        {
            birthDate = new PartialDate(year, month, dd);
        }

        Sex? sex = sexKnown ? (sequence % 2 == 1 ? Sex.Male : Sex.Female) : null;
        return new IdentifierCheck(true, kind, birthDate, sex, null, digits);
    }

    /// <summary>Like <see cref="Check"/>, but a valid BIS number is rejected with <see cref="IdentifierRejection.BisNotNational"/>.</summary>
    public static IdentifierCheck CheckNational(string? input)
    {
        var check = Check(input);
        return check is { Valid: true, Kind: IdentifierKind.Bis }
            ? IdentifierCheck.Rejected(IdentifierRejection.BisNotNational)
            : check;
    }

    /// <summary>Like <see cref="Check"/>, but a valid national register number is rejected with <see cref="IdentifierRejection.NationalNotBis"/>.</summary>
    public static IdentifierCheck CheckBis(string? input)
    {
        var check = Check(input);
        return check is { Valid: true, Kind: IdentifierKind.National }
            ? IdentifierCheck.Rejected(IdentifierRejection.NationalNotBis)
            : check;
    }

    /// <summary>Formats 11 digits (separators allowed in the input) as "YY.MM.DD-SSS.CC". Does not validate the check digits.</summary>
    /// <exception cref="ArgumentException">The input is not 11 digits.</exception>
    public static string Format(string elevenDigits)
    {
        ArgumentNullException.ThrowIfNull(elevenDigits);
        if (!TryCompact(elevenDigits, out var d) || d.Length != 11)
        {
            throw new ArgumentException("Expected 11 digits.", nameof(elevenDigits));
        }

        return $"{d[..2]}.{d[2..4]}.{d[4..6]}-{d[6..9]}.{d[9..]}";
    }

    /// <summary>
    /// Builds a valid number (11 digits, no separators) for a known birth date.
    /// For <see cref="IdentifierKind.Bis"/> the month gets +40, or +20 when <paramref name="sexKnown"/> is false.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900..2099 or sequence outside 1..997.</exception>
    /// <exception cref="ArgumentException"><paramref name="sexKnown"/> is false for a national register number.</exception>
    public static string Create(DateOnly birthDate, int sequence, IdentifierKind kind, bool sexKnown = true) =>
        Create(PartialDate.FromDate(birthDate), sequence, kind, sexKnown);

    /// <summary>
    /// Builds a valid number for a partially known birth date: a year-only date gives month and day 00,
    /// a year-month date gives day 00. See <see cref="Create(DateOnly, int, IdentifierKind, bool)"/>.
    /// </summary>
    public static string Create(PartialDate birthDate, int sequence, IdentifierKind kind, bool sexKnown = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(birthDate.Year, 1900, nameof(birthDate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(birthDate.Year, 2099, nameof(birthDate));
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 997);
        if (kind == IdentifierKind.National && !sexKnown)
        {
            throw new ArgumentException("A national register number always encodes the sex.", nameof(sexKnown));
        }

        var offset = kind switch
        {
            IdentifierKind.National => 0,
            IdentifierKind.Bis => sexKnown ? BisSexKnownOffset : BisSexUnknownOffset,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var yy = birthDate.Year % 100;
        var mm = (birthDate.Month ?? 0) + offset;
        var dd = birthDate.Day ?? 0;
        long nine = (((((yy * 100L) + mm) * 100) + dd) * 1000) + sequence;
        var cc = CheckDigits(birthDate.Year >= 2000 ? Prefix2000 + nine : nine);
        return string.Create(CultureInfo.InvariantCulture, $"{nine:D9}{cc:D2}");
    }

    /// <summary>
    /// Contradictions between a valid number and the person's recorded data: the birth dates cannot overlap,
    /// or the number encodes a sex different from a known recorded sex. Empty for an invalid check.
    /// </summary>
    public static IReadOnlyList<IdentifierInconsistency> Inconsistencies(IdentifierCheck check, PartialDate? birthDate, Sex sex)
    {
        ArgumentNullException.ThrowIfNull(check);
        var result = new List<IdentifierInconsistency>(2);
        if (!check.Valid)
        {
            return result;
        }

        if (check.BirthDate is { } inNumber && birthDate is { } recorded && !inNumber.IsCompatibleWith(recorded))
        {
            result.Add(IdentifierInconsistency.BirthDate);
        }

        if (check.Sex is { } numberSex && numberSex != Sex.Unknown && sex != Sex.Unknown && numberSex != sex)
        {
            result.Add(IdentifierInconsistency.Sex);
        }

        return result;
    }

    /// <summary>Short English message for a rejection (the web layer localises).</summary>
    public static string Describe(IdentifierRejection rejection) => rejection switch
    {
        IdentifierRejection.Empty => "No number was entered.",
        IdentifierRejection.Format => "The number may contain only digits, spaces, dots and dashes.",
        IdentifierRejection.Length => "The number must have exactly 11 digits.",
        IdentifierRejection.Checksum => "The check digits are wrong.",
        IdentifierRejection.Sequence => "The sequence number (digits 7 to 9) must be between 001 and 997.",
        IdentifierRejection.BirthDate => "The birth date in the number does not exist.",
        IdentifierRejection.BisNotNational => "This is a BIS number, not a national register number.",
        IdentifierRejection.NationalNotBis => "This is a national register number, not a BIS number.",
        _ => throw new ArgumentOutOfRangeException(nameof(rejection)),
    };

    /// <summary>Short English message for an inconsistency (the web layer localises).</summary>
    public static string Describe(IdentifierInconsistency inconsistency) => inconsistency switch
    {
        IdentifierInconsistency.BirthDate => "The birth date in the number does not match the recorded birth date.",
        IdentifierInconsistency.Sex => "The sex in the number does not match the recorded sex.",
        _ => throw new ArgumentOutOfRangeException(nameof(inconsistency)),
    };

    private static int CheckDigits(long number) => (int)(97 - (number % 97));

    private static bool TryCompact(string input, out string digits)
    {
        var buffer = new char[input.Length];
        var length = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
            else if (c != '.' && c != '-' && !char.IsWhiteSpace(c))
            {
                digits = string.Empty;
                return false;
            }
        }

        digits = new string(buffer, 0, length);
        return true;
    }
}
