using Itinera.Domain.Identity;
using Itinera.Domain.Persons;

namespace Itinera.Domain.Tests.Identity;

public sealed class PersonIndexTests
{
    private static MatchRecord Person(string id, string surname, string given, string? birth = null) =>
        new(id, [KnownName.Of(surname, given, NameSource.Primary, null)], birth is null ? null : PartialDate.Parse(birth), Sex.Unknown, []);

    private static PersonIndex<string> IndexOf(params MatchRecord[] records) => IndexOf(new PersonIndex<string>(), records);

    /// <summary>An index that scores only <paramref name="candidates"/> persons in full, so that a few hundred records
    /// stand for the crowd of namesakes a million-person registry has.</summary>
    private static PersonIndex<string> IndexOf(int candidates, IEnumerable<MatchRecord> records) =>
        IndexOf(new PersonIndex<string> { Candidates = candidates }, records);

    private static PersonIndex<string> IndexOf(PersonIndex<string> index, IEnumerable<MatchRecord> records)
    {
        foreach (var r in records) index.Upsert(r, r.Id);
        return index;
    }

    /// <summary>300 other persons, each with its own surname, sharing the given name and birth date.</summary>
    private static IEnumerable<MatchRecord> Crowd(string given, string birth) =>
        Enumerable.Range(0, 300).Select(i => Person($"c{i}", $"Other{(char)('a' + i % 26)}{(char)('a' + i / 26)}", given, birth));

    [Fact]
    public void TypingError_AnExtraConsonant_StillFindsThePerson()
    {
        // "Hasxan" shares no sound key with "Hassan" (hsksn / hsn), and nothing else of the name is given: only leaving out the wrong letter meets it.
        var index = IndexOf(Person("1", "Hassan", "Omar"), Person("2", "Haddad", "Layla"));
        var hits = index.Search(new PersonQuery("Hasxan"), 5);
        Assert.Equal("1", hits[0].Payload);
    }

    [Fact]
    public void AswrittenInArabicScript_FindsTheLatinRecord()
    {
        var index = IndexOf(Person("1", "Hassan", "Mohammed", "1990-03-12"), Person("2", "Hussein", "Ali", "1990-03-12"));
        var hits = index.Search(new PersonQuery("محمد حسن", PartialDate.Parse("1990")), 5);
        Assert.Equal("1", hits[0].Payload);
    }

    [Fact]
    public void RemovedAndReplaced_PersonsLeaveNoTrace()
    {
        var index = IndexOf(Person("1", "Tesfaye", "Abraham"));
        Assert.Single(index.Search(new PersonQuery("Tesfay Abraham"), 5));
        index.Upsert(Person("1", "Gebremedhin", "Abraham"), "1");
        Assert.DoesNotContain(index.Search(new PersonQuery("Tesfaye Abraham"), 5, minimumScore: 0.75), h => h.Payload == "1");
        Assert.True(index.Remove("1"));
        Assert.Empty(index.Search(new PersonQuery("Gebremedhin Abraham"), 5));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void CommonWordsWeighLess_ThanRareOnes()
    {
        var records = Enumerable.Range(0, 200).Select(i => Person($"m{i}", "Mohammed", $"Given{i}")).Append(Person("rare", "Zerihun", "Mohammed")).ToArray();
        var index = IndexOf(records);
        Assert.True(index.Weight(NameToken.Of("zerihun")) > index.Weight(NameToken.Of("mohammed")));
    }

    [Fact]
    public void ManyNamesakes_TheOneBornThatYearIsFound_EvenBeyondTheCandidatesScoredInFull()
    {
        // 500 persons called Mahad Omar, born in other years: the one born in 2008 must not be cut before scoring.
        var records = Enumerable.Range(0, 500).Select(i => Person($"n{i}", "Omar", "Mahad", $"{1950 + i % 40}-01-0{1 + i % 9}"));
        var index = IndexOf(50, records.Append(Person("sought", "Omar", "Mahad", "2008-05-17")));
        var hits = index.Search(new PersonQuery("Mahad Umar", PartialDate.Parse("2008")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Fact]
    public void TypingError_ThatChangesTheSoundKey_NextToACommonName_StillFindsThePerson()
    {
        // "Hassad" is not Hassan by sound key (hsd / hsn): only the letters with one left out ("hassa") meet. Among many
        // Ahmads born that day, the one whose other name is one typing error away must be scored.
        var index = IndexOf(50, Crowd("Ahmad", "2019-02-28").Append(Person("sought", "Hassan", "Ahmad", "2019-02-28")));
        var hits = index.Search(new PersonQuery("Ahmad Hassad", PartialDate.Parse("2019-02-28")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Fact]
    public void WholeNameBornAYearOff_IsNotPushedOutBy_PersonsSharingOneWordBornOnTheDate()
    {
        // 300 persons share "Khalid" and the query's exact date; the person with both names, born a year earlier, must
        // still be scored in full (PersonMatcher ranks them: whole name, one year off > one name of two, same date).
        var index = IndexOf(50, Crowd("Khalid", "1993-10-06").Append(Person("sought", "Hamidi", "Khalid", "1992-10-06")));
        var hits = index.Search(new PersonQuery("Hamidi Khalid", PartialDate.Parse("1993-10-06")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Fact]
    public void TwoWordsWrittenAsOne_CountOnce_NotOnTopOfTheWords()
    {
        // "Umar Ali" written together (umarali, key mrl) is also "Amiri Ali" run together: a person met by both words
        // must not be outranked by persons met by one word plus the joined form.
        var records = Enumerable.Range(0, 300).Select(i => Person($"m{i}", "Amiri", "Ali", "1972-08-09"));
        var index = IndexOf(50, records.Append(Person("sought", "Ali", "Umar", "1972-08-09")));
        var hits = index.Search(new PersonQuery("Umar Ali", PartialDate.Parse("1972-08-09")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Theory]
    [InlineData("Hsi Chin-ping", "Xi", "Jinping")]
    [InlineData("Shi Jinping", "Xi", "Jinping")]
    [InlineData("Sergejs Lavrovs", "Lavrov", "Sergey")]
    [InlineData("JC Juncker", "Juncker", "Jean Claude")]
    [InlineData("Xasan Maxamed", "Hassan", "Mohamed")]
    [InlineData("Hassan Mohamed", "Xasan", "Maxamed")]
    public void AnotherRomanisationOrGrammarOfTheName_AmongNamesakes_FindsThePerson(string query, string surname, string given)
    {
        // 300 persons share the given name and the birth date: the one whose surname the query writes another way
        // (Wade-Giles, as heard, with a Latvian ending) must be gathered by it and scored in full.
        var index = IndexOf(50, Crowd(given, "1953-06-15").Append(Person("sought", surname, given, "1953-06-15")));
        var hits = index.Search(new PersonQuery(query, PartialDate.Parse("1953-06-15")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Fact]
    public void WadeGilesRecord_IsFoundByAPinyinSearch()
    {
        var index = IndexOf(50, Crowd("Ping", "1904-08-22").Append(Person("sought", "Teng", "Hsiao-ping", "1904-08-22")));
        var hits = index.Search(new PersonQuery("Deng Xiaoping", PartialDate.Parse("1904-08-22")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }

    [Fact]
    public void SomaliNationalsName_IsFiledUnderItsUsualSpelling()
    {
        // Jaamac (Jama) shares neither a sound key nor the letters of a typing error with Jama: only its reading does.
        var sought = new MatchRecord("sought", [KnownName.Of("Jaamac", "Cali", NameSource.Primary, null)], PartialDate.Parse("1990-05-01"), Sex.Unknown, ["SO"]);
        var index = IndexOf(50, Crowd("Ali", "1990-05-01").Append(sought));
        var hits = index.Search(new PersonQuery("Jama Ali", PartialDate.Parse("1990-05-01")), 10);
        Assert.Equal("sought", hits[0].Payload);
    }
}
