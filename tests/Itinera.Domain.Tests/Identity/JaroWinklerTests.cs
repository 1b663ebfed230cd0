using Itinera.Domain.Identity;

namespace Itinera.Domain.Tests.Identity;

public class JaroWinklerTests
{
    /// <summary>Reference values from Winkler (1990) and the usual worked examples of the measure.</summary>
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    public void Similarity_MatchesPublishedReferenceValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Theory]
    [InlineData("MARTHA", "MARHTA")]
    [InlineData("DWAYNE", "DUANE")]
    [InlineData("DIXON", "DICKSONX")]
    public void Similarity_IsSymmetric(string a, string b) =>
        Assert.Equal(JaroWinkler.Similarity(a, b), JaroWinkler.Similarity(b, a), 12);

    [Fact]
    public void Similarity_EqualStrings_IsOne() => Assert.Equal(1.0, JaroWinkler.Similarity("tesfaye", "tesfaye"));

    [Theory]
    [InlineData("", "abc")]
    [InlineData("abc", "")]
    [InlineData("abc", "xyz")]
    public void Similarity_EmptyOrNothingInCommon_IsZero(string a, string b) => Assert.Equal(0.0, JaroWinkler.Similarity(a, b));

    [Fact]
    public void Similarity_SharedBeginning_ScoresHigherThanSameErrorLater() =>
        Assert.True(JaroWinkler.Similarity("kowalski", "kowalsky") > JaroWinkler.Similarity("kowalski", "cowalski"));
}
