using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Persons;

public class CountriesTests
{
    [Fact]
    public void All_Has249OfficiallyAssignedCodes()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.All(Countries.All.Keys, code => Assert.Matches("^[A-Z]{2}$", code));
        Assert.All(Countries.All.Values, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    [Theory]
    [InlineData("BE", "Belgium")]
    [InlineData("GR", "Greece")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("SS", "South Sudan")]
    [InlineData("AQ", "Antarctica")]
    public void All_HasEnglishShortNames(string code, string name)
    {
        Assert.Equal(name, Countries.All[code]);
    }

    [Fact]
    public void FrenchAndDutchNames_CoverEveryCode()
    {
        Assert.Equal(Countries.All.Keys.Order(), Countries.French.Keys.Order());
        Assert.Equal(Countries.All.Keys.Order(), Countries.Dutch.Keys.Order());
        Assert.All(Countries.French.Values.Concat(Countries.Dutch.Values), name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    [Theory]
    [InlineData("BE", "Belgique", "België")]
    [InlineData("DE", "Allemagne", "Duitsland")]
    [InlineData("MA", "Maroc", "Marokko")]
    [InlineData("ER", "Érythrée", "Eritrea")]
    public void FrenchAndDutchNames_AreTheLanguagesOwn(string code, string french, string dutch)
    {
        Assert.Equal(french, Countries.French[code]);
        Assert.Equal(dutch, Countries.Dutch[code]);
    }

    [Fact]
    public void Kosovo_IsAccepted_AsTheCodeTheEuUses()
    {
        // XK is user-assigned in ISO 3166-1, but Eurostat's citizen list and the Schengen systems use it for Kosovo.
        Assert.True(Countries.IsValid("XK"));
        Assert.True(Nationality.IsValidNationality("XK"));
        Assert.False(Countries.All.ContainsKey("XK"));
    }

    [Theory]
    [InlineData("EL")] // Eurostat code for Greece, reserved in ISO
    [InlineData("UK")] // Eurostat code for the United Kingdom, reserved in ISO
    [InlineData("AN")] // Netherlands Antilles, deleted 2010
    [InlineData("be")] // not normalised
    [InlineData("BEL")]
    public void IsValid_RejectsCodesThatAreNotOfficiallyAssigned(string code)
    {
        Assert.False(Countries.IsValid(code));
    }

    [Theory]
    [InlineData("BE")]
    [InlineData("STLS")]
    [InlineData("UNK")]
    public void Nationality_IsIsoCodeOrStatelessOrUnknown(string code)
    {
        Assert.True(Nationality.IsValidNationality(code));
    }

    [Theory]
    [InlineData("EL")]
    [InlineData("UK")]
    [InlineData("XX")]
    [InlineData("stls")]
    [InlineData("")]
    public void Nationality_RejectsOtherCodes(string code)
    {
        Assert.False(Nationality.IsValidNationality(code));
    }

    [Fact]
    public void Normalise_TrimsAndUpperCases()
    {
        Assert.Equal("BE", Nationality.Normalise(" be "));
        Assert.Equal("STLS", Nationality.Normalise("stls"));
        Assert.True(Nationality.IsValidNationality(Nationality.Normalise(" unk")));
    }

    [Theory]
    [InlineData("GR", "EL")]
    [InlineData("GB", "UK")]
    [InlineData("BE", "BE")]
    [InlineData("STLS", "STLS")]
    [InlineData("UNK", "UNK")]
    public void ToEurostat_MapsGreeceAndUnitedKingdom(string iso, string eurostat)
    {
        Assert.Equal(eurostat, Nationality.ToEurostat(iso));
        Assert.Equal(iso, Nationality.FromEurostat(eurostat));
    }
}
