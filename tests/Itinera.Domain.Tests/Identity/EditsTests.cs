using Itinera.Domain.Identity;

namespace Itinera.Domain.Tests.Identity;

public class EditsTests
{
    [Theory]
    [InlineData("hassan", "hassan", 0)]
    [InlineData("hassan", "hasan", 1)]      // a letter missing
    [InlineData("hasan", "hassan", 1)]      // a letter added
    [InlineData("hassan", "hessan", 1)]     // a letter wrong
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Distance_CountsInsertionsDeletionsAndSubstitutions(string a, string b, int expected) =>
        Assert.Equal(expected, Edits.Distance(a, b, 5));

    [Theory]
    [InlineData("kowalski", "kowalksi")]
    [InlineData("ab", "ba")]
    [InlineData("martha", "marhta")]
    public void Distance_AdjacentTranspositionCountsOne(string a, string b) => Assert.Equal(1, Edits.Distance(a, b, 5));

    [Theory]
    [InlineData("abcdef", "uvwxyz", 2)]     // too many substitutions: stops once every row exceeds the maximum
    [InlineData("a", "abcdef", 2)]          // lengths alone differ by more than the maximum
    [InlineData("kitten", "sitting", 1)]
    [InlineData("hassan", "hussein", 0)]
    public void Distance_BeyondMax_ReturnsMaxPlusOne(string a, string b, int max) => Assert.Equal(max + 1, Edits.Distance(a, b, max));

    [Fact]
    public void Distance_AtMax_IsReturnedExactly() => Assert.Equal(2, Edits.Distance("hernandez", "hernadnze", 2));
}
