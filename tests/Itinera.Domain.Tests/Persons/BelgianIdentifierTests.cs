using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Persons;

// Expected values are computed by hand from legal-rules.md §7 (source N1, python-stdnum be/nn and be/bis):
//   YYMMDD SSS CC, CC = 97 − (YYMMDDSSS mod 97); for births from 2000 the nine digits get a "2" prefix first.
public class BelgianIdentifierTests
{
    // 850730033 = 97 × 8770412 + 69  →  CC = 97 − 69 = 28  →  85073003328 (1985-07-30, seq 033 odd = male)
    private const string Male1985 = "85073003328";

    [Fact]
    public void BirthBefore2000_ChecksumOverNineDigits_Gives19YY()
    {
        var check = BelgianIdentifier.Check(Male1985);
        Assert.True(check.Valid);
        Assert.Equal(IdentifierKind.National, check.Kind);
        Assert.Equal(new PartialDate(1985, 7, 30), check.BirthDate);
        Assert.Equal(Sex.Male, check.Sex);
        Assert.Null(check.Rejection);
        Assert.Equal(Male1985, check.Normalised);
    }

    [Fact]
    public void BirthFrom2000_ChecksumWithPrefix2_Gives20YY()
    {
        // 2170730033 = 97 × 22378660 + 13  →  CC = 97 − 13 = 84  →  17073003384 (2017-07-30, male)
        // (without the prefix: 170730033 mod 97 = 42, CC would be 55, so only the 2000s rule matches)
        var check = BelgianIdentifier.Check("17073003384");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(2017, 7, 30), check.BirthDate);
        Assert.Equal(Sex.Male, check.Sex);
    }

    [Fact]
    public void LeapDay_Year00_ExistsOnlyIn2000()
    {
        // 000229001 = 97 × 2360 + 81 → CC 16 → 1900 rule → 29 Feb 1900 does not exist
        Assert.Equal(IdentifierRejection.BirthDate, BelgianIdentifier.Check("00022900116").Rejection);

        // 2000229001 = 97 × 20620917 + 52 → CC 45 → 2000 rule → 29 Feb 2000 exists
        var check = BelgianIdentifier.Check("00022900145");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(2000, 2, 29), check.BirthDate);
    }

    [Fact]
    public void FictitiousDate000001_With1900sChecksum_MeansBirthDateUnknown()
    {
        // 000001001 = 1001 = 97 × 10 + 31 → CC = 97 − 31 = 66
        var check = BelgianIdentifier.Check("00000100166");
        Assert.True(check.Valid);
        Assert.Null(check.BirthDate);
        Assert.Equal(Sex.Male, check.Sex);
    }

    [Fact]
    public void FictitiousDate000001_With2000sChecksum_MeansBirthDateUnknown()
    {
        // 2000001001 = 97 × 20618567 + 2 → CC = 97 − 2 = 95
        var check = BelgianIdentifier.Check("00000100195");
        Assert.True(check.Valid);
        Assert.Null(check.BirthDate);
    }

    [Fact]
    public void MonthZero_MeansOnlyYearKnown()
    {
        // 850000123 = 97 × 8762887 + 84 → CC 13
        var check = BelgianIdentifier.Check("85000012313");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(1985), check.BirthDate);
        Assert.Equal(DatePrecision.Year, check.BirthDate!.Value.Precision);
    }

    [Fact]
    public void MonthZero_WithNonZeroDay_IsCounterExhaustion_YearOnly()
    {
        // A 00 month does not prove the date is unknown (counter exhaustion sets month/day to 0 and bumps the 6th digit).
        // 850001001 = 97 × 8762896 + 89 → CC 08
        var check = BelgianIdentifier.Check("85000100108");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(1985), check.BirthDate);
    }

    [Fact]
    public void DayZero_MeansYearAndMonthKnown()
    {
        // 850700124 = 97 × 8770104 + 36 → CC 61 (seq 124 even = female)
        var check = BelgianIdentifier.Check("85070012461");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(1985, 7), check.BirthDate);
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Fact]
    public void SequenceParity_OddIsMale_EvenIsFemale()
    {
        // 850730034 = 97 × 8770412 + 70 → CC 27
        Assert.Equal(Sex.Female, BelgianIdentifier.Check("85073003427").Sex);
        Assert.Equal(Sex.Male, BelgianIdentifier.Check(Male1985).Sex);
    }

    [Fact]
    public void BisNumber_MonthPlus40_MeansSexKnown()
    {
        // 854715002 = 97 × 8811494 + 84 → CC 13: month 47 − 40 = 07, seq 002 even = female
        var check = BelgianIdentifier.Check("85471500213");
        Assert.True(check.Valid);
        Assert.Equal(IdentifierKind.Bis, check.Kind);
        Assert.Equal(new PartialDate(1985, 7, 15), check.BirthDate);
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Fact]
    public void BisNumber_MonthPlus20_MeansSexUnknown()
    {
        // 852715002 = 97 × 8790876 + 30 → CC 67: month 27 − 20 = 07, sex not encoded
        var check = BelgianIdentifier.CheckBis("85271500267");
        Assert.True(check.Valid);
        Assert.Equal(IdentifierKind.Bis, check.Kind);
        Assert.Equal(new PartialDate(1985, 7, 15), check.BirthDate);
        Assert.Null(check.Sex);
    }

    [Fact]
    public void BisNumber_From2000_MonthPlus40()
    {
        // 2034530002 = 97 × 20974536 + 10 → CC 87: 2003-05-30, female
        var check = BelgianIdentifier.CheckBis("03453000287");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(2003, 5, 30), check.BirthDate);
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Fact]
    public void BisNumber_MonthPlus20OfZero_MeansYearOnlyAndSexUnknown()
    {
        // 2022000997 = 97 × 20845371 + 10 → CC 87: YY 02, month 20 − 20 = 00, day 00, seq 997
        var check = BelgianIdentifier.CheckBis("02200099787");
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(2002), check.BirthDate);
        Assert.Null(check.Sex);
    }

    [Theory]
    [InlineData("98.47.28-997.65", 1998, 7, 28)] // examples from the N1 source documentation
    [InlineData("01 49 07 001 85", 2001, 9, 7)]
    public void BisNumber_SourceExamples_AreValidMales(string input, int year, int month, int day)
    {
        var check = BelgianIdentifier.CheckBis(input);
        Assert.True(check.Valid);
        Assert.Equal(new PartialDate(year, month, day), check.BirthDate);
        Assert.Equal(Sex.Male, check.Sex);
    }

    [Fact]
    public void PlainRegisterNumber_FailsBisValidation()
    {
        var check = BelgianIdentifier.CheckBis(Male1985);
        Assert.False(check.Valid);
        Assert.Equal(IdentifierRejection.NationalNotBis, check.Rejection);
        Assert.Null(check.Kind);
        Assert.Null(check.Normalised);
    }

    [Fact]
    public void BisNumber_FailsPlainRegisterValidation()
    {
        var check = BelgianIdentifier.CheckNational("85471500213");
        Assert.False(check.Valid);
        Assert.Equal(IdentifierRejection.BisNotNational, check.Rejection);
        Assert.True(BelgianIdentifier.CheckNational(Male1985).Valid);
    }

    [Theory]
    [InlineData("85073000061")] // 850730000 = 97 × 8770412 + 36 → CC 61, sequence 000
    [InlineData("85073099833")] // 850730998 = 97 × 8770422 + 64 → CC 33, sequence 998
    public void Sequence000Or998_IsRejected(string number)
    {
        Assert.Equal(IdentifierRejection.Sequence, BelgianIdentifier.Check(number).Rejection);
    }

    [Fact]
    public void Sequence999_IsRejected()
    {
        // 850730999 = 850730998 + 1 → remainder 65 → CC 32
        Assert.Equal(IdentifierRejection.Sequence, BelgianIdentifier.Check("85073099932").Rejection);
    }

    [Fact]
    public void WrongCheckDigits_AreRejected()
    {
        Assert.Equal(IdentifierRejection.Checksum, BelgianIdentifier.Check("85073003329").Rejection);
        Assert.Equal(IdentifierRejection.Checksum, BelgianIdentifier.Check("12345678901").Rejection);
    }

    [Fact]
    public void NonExistentDate_30February_IsRejected()
    {
        // 850230033 = 97 × 8765258 + 7 → CC 90
        Assert.Equal(IdentifierRejection.BirthDate, BelgianIdentifier.Check("85023003390").Rejection);
    }

    [Fact]
    public void Month13_IsRejected()
    {
        // 851330033 = 97 × 8776598 + 27 → CC 70
        Assert.Equal(IdentifierRejection.BirthDate, BelgianIdentifier.Check("85133003370").Rejection);
    }

    [Theory]
    [InlineData("85.07.30-033.28")]
    [InlineData("85 07 30 033 28")]
    [InlineData("85.07.30-033 28")]
    [InlineData("850730-033-28")]
    [InlineData(" 85073003328 ")]
    public void WrittenWithSeparators_IsAccepted(string input)
    {
        var check = BelgianIdentifier.Check(input);
        Assert.True(check.Valid);
        Assert.Equal(Male1985, check.Normalised);
    }

    [Theory]
    [InlineData(null, IdentifierRejection.Empty)]
    [InlineData("", IdentifierRejection.Empty)]
    [InlineData("   ", IdentifierRejection.Empty)]
    [InlineData("85/07/30-033.28", IdentifierRejection.Format)]
    [InlineData("85O73003328", IdentifierRejection.Format)]
    [InlineData("8507300332", IdentifierRejection.Length)]
    [InlineData("850730033281", IdentifierRejection.Length)]
    public void MalformedInput_IsRejectedWithReason(string? input, IdentifierRejection expected)
    {
        var check = BelgianIdentifier.Check(input);
        Assert.False(check.Valid);
        Assert.Equal(expected, check.Rejection);
    }

    [Fact]
    public void Format_WritesYYMMDDSSSCCWithSeparators()
    {
        Assert.Equal("85.07.30-033.28", BelgianIdentifier.Format(Male1985));
        Assert.Equal("85.07.30-033.28", BelgianIdentifier.Format("85 07 30 033 28"));
        Assert.Throws<ArgumentException>(() => BelgianIdentifier.Format("123"));
    }

    [Fact]
    public void Create_ProducesTheHandComputedNumbers()
    {
        Assert.Equal(Male1985, BelgianIdentifier.Create(new DateOnly(1985, 7, 30), 33, IdentifierKind.National));
        Assert.Equal("17073003384", BelgianIdentifier.Create(new DateOnly(2017, 7, 30), 33, IdentifierKind.National));
        Assert.Equal("85471500213", BelgianIdentifier.Create(new DateOnly(1985, 7, 15), 2, IdentifierKind.Bis));
        Assert.Equal("85271500267", BelgianIdentifier.Create(new DateOnly(1985, 7, 15), 2, IdentifierKind.Bis, sexKnown: false));
        Assert.Equal("85070012461", BelgianIdentifier.Create(new PartialDate(1985, 7), 124, IdentifierKind.National));
        Assert.Equal("85000012313", BelgianIdentifier.Create(new PartialDate(1985), 123, IdentifierKind.National));
    }

    [Fact]
    public void Create_RejectsOutOfRangeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianIdentifier.Create(new DateOnly(1985, 1, 1), 0, IdentifierKind.National));
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianIdentifier.Create(new DateOnly(1985, 1, 1), 998, IdentifierKind.National));
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianIdentifier.Create(new DateOnly(1899, 12, 31), 1, IdentifierKind.National));
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianIdentifier.Create(new DateOnly(2100, 1, 1), 1, IdentifierKind.National));
        Assert.Throws<ArgumentException>(() => BelgianIdentifier.Create(new DateOnly(1985, 1, 1), 1, IdentifierKind.National, sexKnown: false));
    }

    [Fact]
    public void CreateThenCheck_RoundTripsDateAndSex_For2000RandomPairs()
    {
        var random = new Random(20250730);
        var first = new DateOnly(1900, 1, 1).DayNumber;
        var last = new DateOnly(2099, 12, 31).DayNumber;
        for (var i = 0; i < 2000; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var sequence = random.Next(1, 998);
            var kind = random.Next(2) == 0 ? IdentifierKind.National : IdentifierKind.Bis;
            var sexKnown = kind == IdentifierKind.National || random.Next(2) == 0;

            var number = BelgianIdentifier.Create(date, sequence, kind, sexKnown);
            var check = BelgianIdentifier.Check(number);

            Assert.True(check.Valid, $"{number} ({date}, {sequence}, {kind}) rejected: {check.Rejection}");
            Assert.Equal(kind, check.Kind);
            Assert.Equal(PartialDate.FromDate(date), check.BirthDate);
            Sex? expectedSex = !sexKnown ? null : sequence % 2 == 1 ? Sex.Male : Sex.Female;
            Assert.Equal(expectedSex, check.Sex);
            Assert.Equal(number, check.Normalised);
        }
    }

    [Fact]
    public void Inconsistency_WrongSex_IsReported()
    {
        var check = BelgianIdentifier.Check(Male1985);
        Assert.Equal([IdentifierInconsistency.Sex], BelgianIdentifier.Inconsistencies(check, new PartialDate(1985, 7, 30), Sex.Female));
    }

    [Fact]
    public void Inconsistency_WrongBirthDate_IsReported()
    {
        var check = BelgianIdentifier.Check(Male1985);
        Assert.Equal([IdentifierInconsistency.BirthDate], BelgianIdentifier.Inconsistencies(check, new PartialDate(1985, 7, 31), Sex.Male));
        Assert.Equal(
            [IdentifierInconsistency.BirthDate, IdentifierInconsistency.Sex],
            BelgianIdentifier.Inconsistencies(check, new PartialDate(1986), Sex.Female));
    }

    [Fact]
    public void Inconsistency_CompatiblePartialDate_IsNotReported()
    {
        var full = BelgianIdentifier.Check(Male1985);
        Assert.Empty(BelgianIdentifier.Inconsistencies(full, new PartialDate(1985, 7), Sex.Male));
        Assert.Empty(BelgianIdentifier.Inconsistencies(full, new PartialDate(1985), Sex.Unknown));
        Assert.Empty(BelgianIdentifier.Inconsistencies(full, null, Sex.Unknown));

        // Number with month 00 (year only) against a full recorded date in that year.
        var yearOnly = BelgianIdentifier.Check("85000012313");
        Assert.Empty(BelgianIdentifier.Inconsistencies(yearOnly, new PartialDate(1985, 3, 2), Sex.Male));
    }

    [Fact]
    public void Inconsistency_UnknownInNumber_IsNeverReported()
    {
        // BIS +20: sex unknown in the number; 000001: birth date unknown.
        Assert.Empty(BelgianIdentifier.Inconsistencies(BelgianIdentifier.Check("85271500267"), new PartialDate(1985, 7, 15), Sex.Male));
        Assert.Empty(BelgianIdentifier.Inconsistencies(BelgianIdentifier.Check("00000100166"), new PartialDate(1970, 1, 1), Sex.Male));
        Assert.Empty(BelgianIdentifier.Inconsistencies(BelgianIdentifier.Check("85073003329"), new PartialDate(1970, 1, 1), Sex.Female));
    }

    [Fact]
    public void EveryRejectionAndInconsistency_HasAMessage()
    {
        foreach (var rejection in Enum.GetValues<IdentifierRejection>())
        {
            Assert.False(string.IsNullOrWhiteSpace(BelgianIdentifier.Describe(rejection)));
        }

        foreach (var inconsistency in Enum.GetValues<IdentifierInconsistency>())
        {
            Assert.False(string.IsNullOrWhiteSpace(BelgianIdentifier.Describe(inconsistency)));
        }
    }
}
