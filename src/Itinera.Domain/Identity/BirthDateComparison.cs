using Itinera.Domain.Persons;

namespace Itinera.Domain.Identity;

/// <summary>How a searched birth date met a recorded one.</summary>
public enum DateAgreement
{
    /// <summary>One side has no birth date: nothing to compare.</summary>
    NotCompared,
    /// <summary>Year, month and day agree.</summary>
    Equal,
    /// <summary>Every part that both sides know agrees (a year-only or year-month date on one side).</summary>
    KnownPartsAgree,
    /// <summary>1 January recorded for a date known only to the year (a common registration practice) and the years agree.</summary>
    JanuaryFirstPlaceholder,
    /// <summary>Day and month swapped (03/07 read as 07/03).</summary>
    DayMonthSwapped,
    /// <summary>Same day and month, the year one off.</summary>
    OneYearOff,
    /// <summary>One digit of the date differs (a typing error).</summary>
    OneDigit,
    /// <summary>Year and month agree, the day differs.</summary>
    YearAndMonth,
    /// <summary>Only the year agrees.</summary>
    YearOnly,
    /// <summary>The dates disagree.</summary>
    Differs,
}

public sealed record DateComparisonResult(DateAgreement How, double Score, IReadOnlyList<string> AgreedParts);

/// <summary>
/// Compares birth dates as officers meet them: often guessed, known to the year, recorded as 1 January when unknown,
/// day and month swapped between European and American order, or one year off. 1 = certain agreement, 0 = conflict.
/// </summary>
public static class BirthDateComparison
{
    public static DateComparisonResult Compare(PartialDate? query, PartialDate? record)
    {
        var (how, score) = Agreement(query, record);
        if (query is not { } q || record is not { } r) return new(how, score, []);
        var monthKnown = q.Month is not null && r.Month is not null;
        IReadOnlyList<string> parts = how switch
        {
            DateAgreement.Equal or DateAgreement.DayMonthSwapped => ["year", "month", "day"],
            DateAgreement.JanuaryFirstPlaceholder or DateAgreement.YearOnly => ["year"],
            DateAgreement.OneYearOff => q.Day is not null && r.Day is not null ? ["month", "day"] : monthKnown ? ["month"] : [],
            DateAgreement.OneDigit => AgreedParts(q, r),
            DateAgreement.YearAndMonth => ["year", "month"],
            DateAgreement.KnownPartsAgree => monthKnown ? ["year", "month"] : ["year"],
            _ => [],
        };
        return new(how, score, parts);
    }

    /// <summary>How two birth dates agree and the score that goes with it (without the parts, so that the search can
    /// weigh the dates of thousands of persons).</summary>
    public static (DateAgreement How, double Score) Agreement(PartialDate? query, PartialDate? record)
    {
        if (query is not { } q || record is not { } r) return (DateAgreement.NotCompared, 0.5);
        var yearDiff = Math.Abs(q.Year - r.Year);

        if (q.Day is not null && r.Day is not null)
        {
            if (q == r) return (DateAgreement.Equal, 1);
            if (q.Year == r.Year && (IsJanuaryFirst(q) || IsJanuaryFirst(r))) return (DateAgreement.JanuaryFirstPlaceholder, 0.8);
            if (q.Year == r.Year && q.Month == r.Day && q.Day == r.Month) return (DateAgreement.DayMonthSwapped, 0.85);
            if (yearDiff == 1 && q.Month == r.Month && q.Day == r.Day) return (DateAgreement.OneYearOff, 0.7);
            if (DigitsDiffer(q, r) == 1) return (DateAgreement.OneDigit, 0.65);
            if (q.Year == r.Year && q.Month == r.Month) return (DateAgreement.YearAndMonth, 0.45);
            if (q.Year == r.Year) return (DateAgreement.YearOnly, 0.3);
            return (DateAgreement.Differs, 0);
        }

        // At least one side is known only to the year or the month: compare what both know.
        var monthKnown = q.Month is not null && r.Month is not null;
        if (q.Year == r.Year && (!monthKnown || q.Month == r.Month)) return (DateAgreement.KnownPartsAgree, monthKnown ? 0.9 : 0.85);
        if (q.Year == r.Year && (IsJanuaryFirst(q) || IsJanuaryFirst(r))) return (DateAgreement.JanuaryFirstPlaceholder, 0.8);
        if (q.Year == r.Year) return (DateAgreement.YearOnly, 0.35);
        if (yearDiff == 1 && (!monthKnown || q.Month == r.Month)) return (DateAgreement.OneYearOff, 0.55);
        return (DateAgreement.Differs, 0);
    }

    private static bool IsJanuaryFirst(PartialDate d) => d.Month == 1 && d.Day is null or 1;

    /// <summary>How many of the eight digits of YYYYMMDD differ (both dates complete).</summary>
    private static int DigitsDiffer(PartialDate a, PartialDate b)
    {
        var x = a.Year * 10000 + (a.Month ?? 0) * 100 + (a.Day ?? 0);
        var y = b.Year * 10000 + (b.Month ?? 0) * 100 + (b.Day ?? 0);
        var n = 0;
        for (var i = 0; i < 8; i++, x /= 10, y /= 10) if (x % 10 != y % 10) n++;
        return n;
    }

    private static string[] AgreedParts(PartialDate a, PartialDate b)
    {
        var parts = new List<string>(3);
        if (a.Year == b.Year) parts.Add("year");
        if (a.Month == b.Month) parts.Add("month");
        if (a.Day == b.Day) parts.Add("day");
        return [.. parts];
    }
}
