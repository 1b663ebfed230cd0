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
        if (query is not { } q || record is not { } r) return new(DateAgreement.NotCompared, 0.5, []);
        var yearDiff = Math.Abs(q.Year - r.Year);

        if (q.Day is not null && r.Day is not null)
        {
            if (q == r) return new(DateAgreement.Equal, 1, ["year", "month", "day"]);
            if (q.Year == r.Year && (IsJanuaryFirst(q) || IsJanuaryFirst(r)))
                return new(DateAgreement.JanuaryFirstPlaceholder, 0.8, ["year"]);
            if (q.Year == r.Year && q.Month == r.Day && q.Day == r.Month)
                return new(DateAgreement.DayMonthSwapped, 0.85, ["year", "month", "day"]);
            if (yearDiff == 1 && q.Month == r.Month && q.Day == r.Day)
                return new(DateAgreement.OneYearOff, 0.7, ["month", "day"]);
            if (DigitsDiffer(q, r) == 1)
                return new(DateAgreement.OneDigit, 0.65, AgreedParts(q, r));
            if (q.Year == r.Year && q.Month == r.Month) return new(DateAgreement.YearAndMonth, 0.45, ["year", "month"]);
            if (q.Year == r.Year) return new(DateAgreement.YearOnly, 0.3, ["year"]);
            return new(DateAgreement.Differs, 0, []);
        }

        // At least one side is known only to the year or the month: compare what both know.
        var monthKnown = q.Month is not null && r.Month is not null;
        if (q.Year == r.Year && (!monthKnown || q.Month == r.Month))
            return new(DateAgreement.KnownPartsAgree, monthKnown ? 0.9 : 0.85, monthKnown ? ["year", "month"] : ["year"]);
        if (q.Year == r.Year && (IsJanuaryFirst(q) || IsJanuaryFirst(r)))
            return new(DateAgreement.JanuaryFirstPlaceholder, 0.8, ["year"]);
        if (q.Year == r.Year) return new(DateAgreement.YearOnly, 0.35, ["year"]);
        if (yearDiff == 1 && (!monthKnown || q.Month == r.Month))
            return new(DateAgreement.OneYearOff, 0.55, monthKnown ? ["month"] : []);
        return new(DateAgreement.Differs, 0, []);
    }

    private static bool IsJanuaryFirst(PartialDate d) => d.Month == 1 && d.Day is null or 1;

    private static int DigitsDiffer(PartialDate a, PartialDate b)
    {
        var x = $"{a.Year:0000}{a.Month:00}{a.Day:00}";
        var y = $"{b.Year:0000}{b.Month:00}{b.Day:00}";
        var n = 0;
        for (var i = 0; i < x.Length; i++) if (x[i] != y[i]) n++;
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
