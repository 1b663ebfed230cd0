using Itinera.Domain.Dossiers;

namespace Itinera.Domain.Tests.Dossiers;

// ISO 7064 MOD 97-10: CC = 98 − (YYYYNNNNNN × 100 mod 97); then YYYYNNNNNNCC mod 97 = 1.
public class DossierNumberTests
{
    // 2025000123 = 97 × 20876289 + 90; 90 × 100 = 9000 = 97 × 92 + 76; CC = 98 − 76 = 22.
    // Check: 202500012322 mod 97 = 1.
    private const string Valid = "2025-000123-22";

    [Fact]
    public void CheckDigits_MatchHandComputation()
    {
        Assert.Equal("22", DossierNumber.CheckDigits(2025, 123));
        // 2024000001 mod 97 = 38; 3800 mod 97 = 17; CC = 98 − 17 = 81.
        Assert.Equal("81", DossierNumber.CheckDigits(2024, 1));
    }

    [Fact]
    public void ToString_IsYearSequenceCheckDigits()
    {
        Assert.Equal(Valid, new DossierNumber(2025, 123).ToString());
        Assert.Equal("2024-000001-81", new DossierNumber(2024, 1).ToString());
    }

    [Theory]
    [InlineData("2025-000123-22")]
    [InlineData("202500012322")]
    [InlineData("2025 000123 22")]
    [InlineData(" 2025-000123-22 ")]
    public void TryParse_AcceptsWithOrWithoutSeparators(string text)
    {
        Assert.True(DossierNumber.TryParse(text, out var number));
        Assert.Equal(new DossierNumber(2025, 123), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-000123-23")] // wrong check digits
    [InlineData("2025-00123-22")] // too short
    [InlineData("2025-0000123-22")] // too long
    [InlineData("2025/000123/22")]
    [InlineData("1999-000001-00")] // year out of range (check digits irrelevant)
    public void TryParse_RejectsInvalid(string? text)
    {
        Assert.False(DossierNumber.TryParse(text, out _));
    }

    [Fact]
    public void SequenceZero_IsRejectedEvenWithMatchingCheckDigits()
    {
        // 2025000000 mod 97 = 2025000123 mod 97 − 123 mod 97 = 90 − 26 = 64; 6400 mod 97 = 95; CC = 98 − 95 = 03.
        Assert.False(DossierNumber.TryParse("2025-000000-03", out _));
    }

    [Fact]
    public void EverySingleDigitSubstitution_IsRejected()
    {
        var digits = Valid.Replace("-", "", StringComparison.Ordinal);
        for (var position = 0; position < digits.Length; position++)
        {
            for (var replacement = '0'; replacement <= '9'; replacement++)
            {
                if (replacement == digits[position])
                {
                    continue;
                }

                var mutated = digits[..position] + replacement + digits[(position + 1)..];
                Assert.False(DossierNumber.TryParse(mutated, out _), $"substitution accepted: {mutated}");
            }
        }
    }

    [Fact]
    public void EveryAdjacentTransposition_IsRejected()
    {
        // Use numbers whose neighbouring digits differ so that each swap changes the number.
        foreach (var (year, sequence) in new[] { (2025, 123), (2031, 987654), (2099, 102938) })
        {
            var digits = new DossierNumber(year, sequence).ToString().Replace("-", "", StringComparison.Ordinal);
            for (var position = 0; position < digits.Length - 1; position++)
            {
                if (digits[position] == digits[position + 1])
                {
                    continue;
                }

                var chars = digits.ToCharArray();
                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                var mutated = new string(chars);
                Assert.False(DossierNumber.TryParse(mutated, out _), $"transposition accepted: {mutated}");
            }
        }
    }

    [Fact]
    public void RoundTrip_ToStringThenParse()
    {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
        {
            var number = new DossierNumber(random.Next(2000, 10000), random.Next(1, 1_000_000));
            Assert.Equal(number, DossierNumber.Parse(number.ToString()));
        }
    }

    [Fact]
    public void Constructor_RejectsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierNumber(1999, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierNumber(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierNumber(2025, 1_000_000));
        Assert.Throws<FormatException>(() => DossierNumber.Parse("2025-000123-23"));
    }
}
