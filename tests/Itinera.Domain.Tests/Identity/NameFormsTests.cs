using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using static Itinera.Domain.Tests.Identity.Matching;

namespace Itinera.Domain.Tests.Identity;

/// <summary>
/// What a name carries besides the person's names (titles, a patronymic one document leaves out, digits read for
/// letters), names given in the form of another language, and names in Chinese characters or Korean syllables.
/// </summary>
public class NameFormsTests
{
    /// <summary>Two records compared on an equal footing (the duplicate check, linkage): the name's score alone.</summary>
    private static double Records(string a, string b) =>
        PersonMatcher.Score(new PersonQuery(a), Record(b, null), queryShare: 0.5).Name.Score;

    // ---- Titles and forms of address are not names ------------------------------------------------------------

    [Theory]
    [InlineData("Dr Ahmed Hassan", "Ahmed Hassan")]
    [InlineData("Prof. Omar Abdullah", "Omar Abdullah")]
    [InlineData("Dhr. Jan Peeters", "Peeters Jan")]
    [InlineData("President Erdoğan", "Erdoğan")]
    [InlineData("Mme Fatou Diallo", "Diallo Fatou")]
    public void Title_BeforeTheName_ChangesNothing(string withTitle, string without) =>
        Assert.Equal(Records(without, without), Records(withTitle, without));

    [Theory]
    [InlineData("Sheikh Arslan Umar", "Arslan Umar")]
    [InlineData("El Hajji Brahim", "Brahim")]
    public void FamilyName_ThatIsAlsoATitle_StaysAName(string full, string without) =>
        Assert.True(Records(full, without) < Records(full, full), "Sheikh and El Hajji are family names");

    [Fact]
    public void Title_SharedByTwoDifferentPeople_IsNoAgreement() =>
        AssertNotLikelyMatch(SameBirthDate("Dr Ahmed Hassan", "Dr Karim Benali"), "only the title is shared");

    // ---- Digits inside a word are the letters they stand for ---------------------------------------------------

    [Theory]
    [InlineData("M0HAMMED HA55AN", "Mohammed Hassan")]
    [InlineData("I9or Sech1n", "Igor Sechin")]
    [InlineData("8EKELE TESFAYE", "Bekele Tesfaye")]
    public void DigitsInsideAWord_ReadAsTheLettersTheyResemble(string typed, string name) =>
        Assert.All(SameBirthDate(typed, name).Name.Parts, p => Assert.Equal(NameAgreement.Exact, p.How));

    [Fact]
    public void DigitStandingAlone_IsNoLetter() =>
        Assert.Equal(["ahmed", "hassan"], NameText.Tokens("Ahmed 2 Hassan").Select(t => t.Text));

    // ---- A patronymic one record leaves out ------------------------------------------------------------------

    [Theory]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy")]
    [InlineData("Olena Zelenska", "Zelenska Olena Volodymyrivna")]
    [InlineData("Sergey Lavrov", "Сергей Викторович Лавров")]
    [InlineData("Ilham Aliyev", "Ilham Heydar oglu Aliyev")]
    [InlineData("Ilham Aliyev", "Aliyev Ilham Heydarovich")]
    public void Patronymic_LeftOutOfTheLatinName_IsNotMissing(string latin, string full) =>
        Assert.Equal(Records(latin, latin), Records(latin, full));

    [Fact]
    public void AnotherMiddleName_LeftOut_StillCounts() =>
        Assert.True(Records("Volodymyr Zelenskyy", "Volodymyr Ivanenko Zelenskyy") < Records("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"));

    [Theory]
    [InlineData("Roman Arkadyevich Petrov", "Roman Abramovich")]
    [InlineData("Roman Arkadyevich Abramovich", "Roman Petrov")]
    public void Patronymic_NeverHidesADifferentSurname(string a, string b) =>
        Assert.True(Records(a, b) < PersonMatcher.LikelyMatch, $"{a} / {b}: {Records(a, b)}");

    // ---- One given name in several languages -------------------------------------------------------------------

    [Theory]
    [InlineData("Yohannes Tesfaye", "John Tesfaye")]
    [InlineData("Juan Tesfaye", "Yohannes Tesfaye")]
    [InlineData("Yusuf Demir", "Joseph Demir")]
    [InlineData("Yaqub Kamara", "Jacob Kamara")]
    [InlineData("Bibi Netanyahu", "Benjamin Netanyahu")]
    [InlineData("Ted Doe", "Theodore Doe")]
    public void GivenName_InAnotherLanguage_OrItsShortForm_IsAnEquivalent(string a, string b)
    {
        var result = SameBirthDate(a, b);
        AssertLikelyMatch(result, "same person, given name in another language");
        Assert.Contains(result.Name.Parts, p => p.How == NameAgreement.Equivalent);
    }

    [Fact]
    public void Equivalent_AgreesLessThanAnotherSpelling() =>
        Assert.True(SameBirthDate("Yusuf Demir", "Joseph Demir").Score < SameBirthDate("Yusuf Demir", "Youssef Demir").Score);

    [Theory]
    [InlineData("Juan Garcia", "John Smith")]
    [InlineData("Ivan Petrov", "Yusuf Petrov")]
    public void Equivalent_NeitherReplacesTheSurname_NorJoinsTwoNames(string a, string b) =>
        AssertNotLikelyMatch(SameBirthDate(a, b), "different people");

    // ---- Chinese characters and Korean syllables ---------------------------------------------------------------

    [Theory]
    [InlineData("习近平", "Xi Jinping")]
    [InlineData("习近平", "Jinping Xi")]
    [InlineData("习近平", "Xi Jin Ping")]
    public void ChineseCharacters_MeetTheLatinSpelling_WhateverTheSpacing(string chinese, string latin) =>
        AssertLikelyMatch(SameBirthDate(chinese, latin), "the same name in pinyin");

    [Theory]
    [InlineData("习近平", "习近朋")]
    [InlineData("高市早苗", "高石早苗")]
    [InlineData("김정은", "김종은")]
    [InlineData("이재명", "이재형")]
    public void OneCharacterOrSyllableChanged_IsAnotherName_EvenWhenItReadsAlike(string a, string b) =>
        AssertNotLikelyMatch(SameBirthDate(a, b), "both written in the original characters, one of which differs");

    // ---- How much a short name is worth ------------------------------------------------------------------------

    [Fact]
    public void OneWordOfFour_IsNoLikelyDuplicate_ButASearchForItFindsThePerson()
    {
        Assert.True(Records("Walijan", "Walijan Abdul Ghafoor Haqqani") < PersonMatcher.LikelyMatch);
        AssertLikelyMatch(SameBirthDate("Walijan", "Walijan Abdul Ghafoor Haqqani"), "the searcher typed the name they know");
    }

    [Fact]
    public void InitialsAlone_AreNoLikelyMatch() =>
        Assert.True(Records("N. N.", "Nursultan Nazarbayev") < PersonMatcher.LikelyMatch);

    // ---- A name in another language's grammar, or of the other sex ----------------------------------------------

    [Theory]
    [InlineData("Sergejs Lavrovs", "Sergey Lavrov")]
    [InlineData("Sergejs Lavrovs", "Sergey Viktorovich Lavrov")]
    [InlineData("Vladimiras Putinas", "Vladimir Putin")]
    [InlineData("Aleksejus Navalnas", "Alexei Navalny")]
    public void BalticCaseEnding_OnAForeignName_IsAnotherSpelling(string baltic, string name) =>
        AssertLikelyMatch(SameBirthDate(baltic, name), "Latvian and Lithuanian add -s, -as, -is, -us to foreign names");

    [Theory]
    [InlineData("Sergej", "Sergey")]
    [InlineData("Aleksej", "Alexey")]
    [InlineData("Andrej", "Andrei")]
    public void SlavicFinalJ_IsAVowel(string a, string b) =>
        Assert.Equal(NameAgreement.Spelling, NameComparison.Similarity(NameToken.Of(a), NameToken.Of(b)).How);

    [Fact]
    public void FinalJAfterA_IsAConsonant_AsInArabicNames() =>
        Assert.NotEqual(PhoneticKey.Of("fara"), PhoneticKey.Of("faraj"));

    [Theory]
    [InlineData("Oleg Baranov", "Olga Baranova")]
    [InlineData("Ivan Petrov", "Ivana Petrova")]
    [InlineData("Jan Kowalski", "Jana Kowalska")]
    [InlineData("Pavel Novák", "Pavla Nováková")]
    [InlineData("Lev Tolstoy", "Lev Tolstaya")]
    public void MasculineAndFeminineFormsOfASurname_AreTwoPeople(string man, string woman) =>
        Assert.True(Records(man, woman) < PersonMatcher.LikelyMatch, $"a surname's two forms are never one person's: {Records(man, woman):F3}");

    [Fact]
    public void FeminineForm_StillMeetsItsOwnSpellings() =>
        Assert.True(Records("Olga Baranova", "Olga Baranowa") >= PersonMatcher.LikelyMatch, "the same feminine surname, v written w");

    // ---- Names run together, cut apart, or shortened by their lineage -------------------------------------------

    [Theory]
    [InlineData("JC Juncker", "Jean-Claude Juncker")]
    [InlineData("Juncker JC", "Juncker Jean Claude")]
    public void InitialsRunTogether_MeetTheNamesTheyStartWith(string initials, string full)
    {
        var result = SameBirthDate(initials, full);
        AssertLikelyMatch(result, "JC are the initials of Jean Claude");
        Assert.Contains(result.Name.Parts, p => p.How == NameAgreement.Initial && p.Query == "jc");
    }

    [Theory]
    [InlineData("JC Juncker", "Jean Juncker")]
    [InlineData("CJ Juncker", "Jean-Claude Juncker")]
    [InlineData("Al Juncker", "Ahmed Lamine Juncker")]
    public void RunTogetherInitials_MustSpellTheNamesInOrder_AndAreNoName(string initials, string full) =>
        Assert.DoesNotContain(SameBirthDate(initials, full).Name.Parts, p => p.How == NameAgreement.Initial);

    [Theory]
    [InlineData("Nikolai Plat Ono Vich Patrushev", "Nikolai Platonovich Patrushev")]
    [InlineData("Gebre Egzi Abher Tesfaye", "Gebreegziabher Tesfaye")]
    public void NameCutInThreeWords_MeetsItWrittenAsOne(string cut, string whole) =>
        Assert.Equal(Records(whole, whole), Records(cut, whole), 2);

    [Theory]
    [InlineData("Osama bin Laden", "Usama bin Muhammad ibn Awad ibn Ladin")]
    [InlineData("Ahmed bin Rashid", "Ahmed bin Saeed bin Khalifa bin Rashid")]
    public void AncestorsInTheMiddleOfALineage_MayBeLeftOut(string shortForm, string lineage) =>
        Assert.True(Records(shortForm, lineage) >= PersonMatcher.LikelyMatch, $"{Records(shortForm, lineage):F3}");

    [Fact]
    public void LineageLeftOut_NeverHidesTheFamilyName() =>
        Assert.True(Records("Usama bin Muhammad", "Usama bin Muhammad ibn Awad ibn Ladin") < Records("Usama bin Ladin", "Usama bin Muhammad ibn Awad ibn Ladin"),
            "the family's name at the end of the chain is not an ancestor one may leave out");

    // ---- Chinese names in Wade–Giles and pinyin; names of God after Abd -----------------------------------------

    [Theory]
    [InlineData("Hsi Chin-ping", "Xi Jinping")]
    [InlineData("Mao Tse-tung", "Mao Zedong")]
    [InlineData("Tsai Ing-wen", "Cai Yingwen")]
    [InlineData("Teng Hsiao-ping", "Deng Xiaoping")]
    public void WadeGiles_MeetsPinyin(string wadeGiles, string pinyin) =>
        AssertLikelyMatch(SameBirthDate(wadeGiles, pinyin), "one Chinese name in the Taiwanese and the mainland romanisation");

    [Theory]
    [InlineData("chang", "zhang")]
    [InlineData("ping", "bing")]
    [InlineData("tian", "dian")]
    public void TwoPinyinSyllables_AreNotReadAsWadeGiles(string a, string b) =>
        Assert.False(ChineseRomanization.Same(NameText.Tokens(a)[0], NameText.Tokens(b)[0]), "pinyin writes aspiration; only a Wade–Giles word loses it");

    [Theory]
    [InlineData("Shi Jinping", "Xi Jinping")]
    [InlineData("Si Jinping", "Xi Jinping")]
    [InlineData("Shiao Ming", "Xiao Ming")]
    public void PinyinWrittenAsItSounds_MeetsThePinyin(string heard, string pinyin)
    {
        var result = SameBirthDate(heard, pinyin);
        AssertLikelyMatch(result, "x sounds sh or s to a foreign ear");
        Assert.True(result.Score < SameBirthDate(pinyin, pinyin).Score, "heard is less than written");
    }

    [Theory]
    [InlineData("xavier", "savier")]
    [InlineData("xena", "shena")]
    public void AnXInANameThatIsNoPinyin_IsNotReadAsPinyin(string a, string b) =>
        Assert.False(ChineseRomanization.Heard(a, b));

    [Fact]
    public void SlavicFinalJ_IsNoTypingError_SoATypoBesideItStillCounts() =>
        AssertLikelyMatch(SameBirthDate("Serej Lavrov", "Sergey Lavrov"), "Serej is Sergej with a letter left out");

    [Theory]
    [InlineData("Abdurrahim Khan", "Abdurrahman Khan")]
    [InlineData("Abdelkarim Haddad", "Abdelkader Haddad")]
    [InlineData("Abdulaziz Omar", "Abdulaziz Omer", true)]
    public void AbdNames_DifferByTheNameAfterAbd(string a, string b, bool same = false)
    {
        if (same) AssertLikelyMatch(SameBirthDate(a, b), "another spelling of one surname and one Abd- name");
        else Assert.Equal(0, NameComparison.Similarity(NameText.Tokens(a)[0], NameText.Tokens(b)[0]).Similarity);
    }

    // ---- Names with a sound key of one or two consonants ----------------------------------------------------------

    [Theory]
    [InlineData("Djoy", "Joy")]
    [InlineData("Dima", "Deema")]
    [InlineData("Dima", "ديما")]
    [InlineData("Aisha", "Ayesha")]
    [InlineData("Imen", "Eman")]
    public void ShortKey_SameSoundsWrittenOtherwise_IsAnotherSpelling(string a, string b) =>
        Assert.Equal(NameAgreement.Spelling, NameComparison.Similarity(NameText.Tokens(a)[0], NameText.Tokens(b)[0]).How);

    [Theory]
    [InlineData("Adeyemi", "Dima")]
    [InlineData("Ali", "Ola")]
    public void ShortKey_SharedByDifferentNames_IsNoSpelling(string a, string b) =>
        Assert.Equal(0, NameComparison.Similarity(NameText.Tokens(a)[0], NameText.Tokens(b)[0]).Similarity);

    // ---- Somali orthography --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Maxamed Cabdi Xasan", "Mohamed Abdi Hassan")]
    [InlineData("Cali Xuseen", "Ali Hussein")]
    [InlineData("Cabdiraxmaan Jaamac", "Abdirahman Jama")]
    [InlineData("Xaliimo Cumar", "Halima Omar")]
    public void SomaliSpelling_MeetsTheUsualLatinSpelling(string somali, string usual)
    {
        AssertLikelyMatch(SameBirthDate(somali, usual), "x is ḥ and c the ʿayn in Somali orthography");
        Assert.True(Records(somali, usual) >= PersonMatcher.LikelyMatch, "between two records too");
    }

    [Fact]
    public void SomaliReading_IsOnlyASecondWay_TheLettersStillCount() =>
        Assert.Equal(NameAgreement.Spelling, NameComparison.Similarity(NameText.Tokens("Alexander Xavier")[0], NameToken.Of("aleksander")).How);

    [Fact]
    public void WithoutTheSomaliX_CAndXAreNotReadSomali() =>
        Assert.All(NameText.Tokens("Carlo Cabrera"), t => Assert.Null(t.Somali));

    [Fact]
    public void SomaliNational_NameWithoutX_IsReadSomaliToo()
    {
        var query = new PersonQuery("Ali Umar Abdi", Born);
        AssertLikelyMatch(PersonMatcher.Score(query, Record("Cali Cumar Cabdi", Born, Sex.Unknown, "SO")), "a Somali passport writes the ʿayn as c");
        AssertNotLikelyMatch(PersonMatcher.Score(query, Record("Cali Cumar Cabdi", Born)), "without an x or the nationality, c is a c");
        AssertLikelyMatch(PersonMatcher.Score(new PersonQuery("Cali Cumar Cabdi", Born, ["SO"]), Record("Ali Umar Abdi", Born)), "the search says Somali");
    }
}
