using Itinera.Domain.Identity;
using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Identity;

public sealed class RecordLinkageTests
{
    private static readonly LinkageAttribute Ssn = new("ssn", AttributeComparison.Exact, Blocking: AttributeBlocking.Alone);
    private static readonly LinkageAttribute Street = new("street", AttributeComparison.Similar, Group: "address");
    private static readonly LinkageAttribute Postcode = new("postcode", AttributeComparison.Exact, Group: "place");
    private static readonly LinkageAttribute Suburb = new("suburb", AttributeComparison.Similar, Group: "place");

    private static MatchRecord Person(string id, string surname, string given, PartialDate? birth, params (string Key, string Value)[] attributes) =>
        new(id, surname.Length + given.Length == 0 ? [] : [KnownName.Of(surname, given, NameSource.Primary, null)], birth, Sex.Unknown, [],
            attributes.ToDictionary(a => a.Key, a => a.Value));

    private static LinkageModel Model(params (LinkageAttribute Attribute, double U)[] attributes) =>
        LinkageModel.WithU(attributes.Select(a => a.Attribute).ToList(), attributes.ToDictionary(a => a.Attribute.Name, a => a.U));

    [Fact]
    public void AttributeEvidence_IsTheLogLikelihoodRatio_OfAgreeingAndOfDisagreeing()
    {
        Assert.Equal(Math.Log(0.9 / 0.001), RecordLinkage.AttributeEvidence(true, 0.9, 0.001), 9);
        Assert.Equal(Math.Log(0.1 / 0.999), RecordLinkage.AttributeEvidence(false, 0.9, 0.001), 9);
        // A common value says less than a rare one.
        Assert.True(RecordLinkage.AttributeEvidence(true, 0.9, 0.3) < RecordLinkage.AttributeEvidence(true, 0.9, 0.001));
    }

    [Fact]
    public void PersonEvidence_IsNeutralAtTheDuplicateWarningLevel_AndBoundedOnBothSides()
    {
        Assert.Equal(0, RecordLinkage.PersonEvidence(PersonMatcher.LikelyMatch), 9);
        Assert.Equal(RecordLinkage.PersonAgrees, RecordLinkage.PersonEvidence(1), 9);
        Assert.Equal(2 * Math.Log(1 - RecordLinkage.DefaultM), RecordLinkage.PersonEvidence(0), 9);
        Assert.True(RecordLinkage.PersonEvidence(0.9) > RecordLinkage.PersonEvidence(0.8));
        Assert.True(RecordLinkage.PersonEvidence(0.5) < 0);
    }

    [Fact]
    public void WithoutAttributes_ThePairIsAcceptedAtEvenOdds_ExactlyWhenTheNameAndDateReachTheWarningLevel()
    {
        var model = Model();
        var birth = new PartialDate(1990, 3, 15);
        var same = model.Compare(Person("a", "El Amrani", "Mohammed", birth), Person("b", "Elamrani", "Mohamed", birth));
        var other = model.Compare(Person("a", "El Amrani", "Mohammed", birth), Person("c", "Benali", "Youssef", new PartialDate(1971, 8, 2)));
        Assert.Equal(same.Person!.Score >= PersonMatcher.LikelyMatch, same.Score >= 0.5);
        Assert.True(same.Score >= 0.5, same.Reasons());
        Assert.True(other.Score < 0.05, other.Reasons());
        Assert.Empty(same.Groups);
    }

    [Fact]
    public void AnAgreeingRareIdentifier_OutweighsACorruptedName()
    {
        var model = Model((Ssn, 1.0 / 5000));
        var birth = new PartialDate(1956, 4, 9);
        var a = Person("a", "green", "mitchell", birth, ("ssn", "1804974"));
        var corrupted = Person("b", "grwxn", "mtchl", birth, ("ssn", "1804974"));
        var withoutId = Person("c", "grwxn", "mtchl", birth);
        Assert.True(model.Compare(a, corrupted).Score >= 0.9, model.Compare(a, corrupted).Reasons());
        Assert.True(model.Compare(a, withoutId).Score < 0.5);
        var ssn = Assert.Single(model.Compare(a, corrupted).Groups);
        Assert.Equal(Math.Log(0.9 * 5000), ssn.Weight, 9);
    }

    [Fact]
    public void AMissingValue_SaysNothing_WhileADifferingOneCountsAgainst()
    {
        var model = Model((Ssn, 0.0002));
        var birth = new PartialDate(1980, 1, 20);
        var a = Person("a", "Peeters", "Jan", birth, ("ssn", "123"));
        var missing = model.Compare(a, Person("b", "Peeters", "Jan", birth));
        var differing = model.Compare(a, Person("b", "Peeters", "Jan", birth, ("ssn", "999")));
        Assert.Empty(missing.Groups);
        Assert.Equal(missing.PersonWeight, missing.LogOdds, 9);
        Assert.Equal(Math.Log(0.1 / 0.9998), Assert.Single(differing.Groups).Weight, 9);
        Assert.True(differing.Score < missing.Score);
    }

    [Fact]
    public void FieldsOfOneGroup_CountOnce_ForOrAgainst()
    {
        var model = Model((Postcode, 0.001), (Suburb, 0.002));
        var birth = new PartialDate(1960, 2, 10);
        var a = Person("a", "Smith", "John", birth, ("postcode", "2119"), ("suburb", "Cleveland"));

        var bothAgree = Assert.Single(model.Compare(a, Person("b", "Smith", "John", birth, ("postcode", "2119"), ("suburb", "cleveland"))).Groups);
        Assert.Equal("place", bothAgree.Group);
        Assert.True(bothAgree.Capped);
        Assert.Equal(Math.Log(0.9 / 0.001), bothAgree.Weight, 9); // the stronger single agreement, not the sum

        var bothDiffer = Assert.Single(model.Compare(a, Person("b", "Smith", "John", birth, ("postcode", "4000"), ("suburb", "Brisbane"))).Groups);
        Assert.Equal(Math.Log(0.1 / 0.999), bothDiffer.Weight, 9); // one disagreement, not two

        var mixed = Assert.Single(model.Compare(a, Person("b", "Smith", "John", birth, ("postcode", "2191"), ("suburb", "Cleveland"))).Groups);
        Assert.False(mixed.Capped);
        Assert.Equal(Math.Log(0.9 / 0.002) + Math.Log(0.1 / 0.999), mixed.Weight, 9);
    }

    [Fact]
    public void Combine_HoldsTheSumBetweenTheStrongestSingleDisagreementAndAgreement()
    {
        var g = RecordLinkage.Combine("g", [new("x", true, 5), new("y", true, 3), new("z", false, -2)]);
        Assert.Equal(5, g.Weight, 9);
        Assert.True(g.Capped);
        var h = RecordLinkage.Combine("h", [new("x", true, 1), new("z", false, -2), new("w", false, -2)]);
        Assert.Equal(-2, h.Weight, 9);
        var k = RecordLinkage.Combine("k", [new("x", true, 4), new("z", false, -2)]);
        Assert.Equal(2, k.Weight, 9);
        Assert.False(k.Capped);
    }

    [Theory]
    [InlineData("85.07.30-033.28", "85073003328", AttributeComparison.Exact, true)]
    [InlineData(" 2119 ", "2119", AttributeComparison.Exact, true)]
    [InlineData("1804974", "1809474", AttributeComparison.Exact, false)]
    [InlineData("Wallaby  Place", "wallaby place", AttributeComparison.Similar, true)]
    [InlineData("wallaby place", "wallaby plcae", AttributeComparison.Similar, true)]
    [InlineData("goodwin street", "goodwinstreet", AttributeComparison.Similar, true)]
    [InlineData("wallaby place", "darebin place", AttributeComparison.Similar, false)]
    public void Values_AreComparedExactlyOrByJaroWinkler(string a, string b, AttributeComparison how, bool agrees)
    {
        var x = RecordLinkage.Normalise(a, how);
        var y = RecordLinkage.Normalise(b, how);
        Assert.NotNull(x);
        Assert.NotNull(y);
        Assert.Equal(agrees, RecordLinkage.Agrees(x, y, how));
    }

    [Fact]
    public void Normalise_TreatsBlankAndPunctuationOnlyAsMissing()
    {
        Assert.Null(RecordLinkage.Normalise("  ", AttributeComparison.Exact));
        Assert.Null(RecordLinkage.Normalise("-.", AttributeComparison.Similar));
    }

    [Fact]
    public void Estimate_MeasuresTheChanceOfARandomAgreement_OnTheData()
    {
        var records = new List<MatchRecord>();
        for (var i = 0; i < 100; i++)
            records.Add(Person($"r{i}", "X", "Y", null, ("state", i < 50 ? "nsw" : i < 80 ? "vic" : "qld"), ("ssn", i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture))));
        var state = new LinkageAttribute("state", AttributeComparison.Exact);
        var model = LinkageModel.Estimate([state, Ssn, Street], records);
        // Pairs of records that agree, out of 100 × 99 / 2 = 4950, plus one half.
        Assert.Equal((50 * 49 / 2 + 30 * 29 / 2 + 20 * 19 / 2 + 0.5) / 4951, model.U("state"), 9);
        Assert.Equal(0.5 / 4951, model.U("ssn"), 9); // no two share a number: rare, not impossible
        Assert.Equal(0.5, model.U("street")); // nobody has it: it says nothing
        // Agreeing on a frequent value says less than the attribute's average.
        Assert.Equal((48 + 0.5) / 99, model.U("state", "nsw"), 9);
        Assert.Equal((18 + 0.5) / 99, model.U("state", "qld"), 9);
    }

    [Fact]
    public void AgreeingOnAPlaceholderNumber_SaysLittle_AgreeingOnAnOtherwiseUnseenOne_Much()
    {
        var records = Enumerable.Range(0, 200)
            .Select(i => Person($"r{i}", "X", "Y", null, ("ssn", i < 20 ? "00000000000" : i < 22 ? "85073003328" : $"9{i:D10}")))
            .ToList();
        var model = LinkageModel.Estimate([Ssn], records);
        Assert.Equal((18 + 0.5) / 199, model.U("ssn", "00000000000"), 9);
        Assert.Equal(0.5 / 199, model.U("ssn", "85073003328"), 9);
        var a = Person("a", "Peeters", "Jan", null, ("ssn", "00.000.000-000.00"));
        var b = Person("b", "Janssens", "Marc", null, ("ssn", "00000000000"));
        var placeholder = Assert.Single(model.Compare(a, b).Groups);
        Assert.True(placeholder.Weight < 2.5);
        var shared = Assert.Single(model.Compare(a with { Attributes = new Dictionary<string, string> { ["ssn"] = "85073003328" } },
            b with { Attributes = new Dictionary<string, string> { ["ssn"] = "85.07.30-033.28" } }).Groups);
        Assert.True(shared.Weight > 5.5);
    }

    [Fact]
    public void Estimate_CountsNearAgreements_ForFreeText()
    {
        // Half the streets are spelt two ways that agree by Jaro-Winkler: random pairs agree more often than exact values say.
        var streets = new[] { "wallaby place", "wallaby plcae", "darebin street", "booroondara street" };
        var records = Enumerable.Range(0, 400).Select(i => Person($"r{i}", "X", "Y", null, ("street", streets[i % 4]))).ToList();
        var model = LinkageModel.Estimate([Street], records);
        Assert.InRange(model.U("street"), 0.3, 0.45); // exact: 4 × (1/4)² = 0.25; with the near pair: 0.375
    }

    [Fact]
    public void ARecordWithoutAName_RestsOnTheBirthDate()
    {
        var model = Model();
        var birth = new PartialDate(1972, 6, 15);
        var equal = model.Compare(Person("a", "", "", birth), Person("b", "Ryan", "Joel", birth));
        var differ = model.Compare(Person("a", "", "", birth), Person("b", "Ryan", "Joel", new PartialDate(1932, 2, 9)));
        Assert.Null(equal.Person);
        Assert.Equal(DateAgreement.Equal, equal.BirthDateOnly!.How);
        Assert.Equal(0, equal.LogOdds, 9);
        Assert.True(differ.LogOdds < 0);
        Assert.Contains("name not compared", equal.Reasons(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_NameEveryPartOfTheEvidence()
    {
        var model = Model((Ssn, 0.0002), (Postcode, 0.001), (Suburb, 0.002));
        var birth = new PartialDate(1956, 4, 9);
        var result = model.Compare(
            Person("a", "green", "mitchell", birth, ("ssn", "1804974"), ("postcode", "2119"), ("suburb", "cleveland")),
            Person("b", "green", "mitchel", birth, ("ssn", "1804947"), ("postcode", "2119"), ("suburb", "clevelnad")));
        var reasons = result.Reasons();
        Assert.Contains("mitchell~mitchel", reasons, StringComparison.Ordinal);
        Assert.Contains("birth date equal", reasons, StringComparison.Ordinal);
        Assert.Contains("ssn differs -2.3", reasons, StringComparison.Ordinal);
        Assert.Contains("place (postcode agrees, suburb agrees)", reasons, StringComparison.Ordinal);
        Assert.Contains("capped", reasons, StringComparison.Ordinal);
    }
}
