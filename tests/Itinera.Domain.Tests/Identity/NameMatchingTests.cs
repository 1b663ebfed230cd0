using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using static Itinera.Domain.Tests.Identity.Matching;

namespace Itinera.Domain.Tests.Identity;

/// <summary>
/// The ways one person's name is written differently in two records, which the search must see through; and the
/// different people it must keep apart. Each case compares two records with the same birth date, so that the name
/// decides; where the name alone must suffice the record has no birth date at all.
/// </summary>
public class NameMatchingTests
{
    // ---- Transliteration: non-Latin scripts meet their Latin spellings -------------------------------------------

    [Theory]
    [InlineData("محمد", "Mohammed")]
    [InlineData("محمد", "Muhammad")]
    [InlineData("محمد", "Mohamed")]
    [InlineData("محمد", "Mohamad")]
    [InlineData("عبد الرحمن", "Abdelrahman")]
    [InlineData("عبد الرحمن", "Abdul Rahman")]
    [InlineData("عبد الرحمن", "Abd al-Rahman")]
    [InlineData("عبد الرحمن", "Abdurrahman")]
    [InlineData("عبدالرحمن", "Abdelrahman")]
    public void Transliteration_ArabicScript_MeetsLatinSpellings(string arabic, string latin)
    {
        AssertLikelyMatch(SameBirthDate(arabic, latin), $"{arabic} / {latin}");
        AssertLikelyMatch(NameOnly(arabic, latin), $"{arabic} / {latin}, name only");
        AssertLikelyMatch(NameOnly(latin, arabic), $"{latin} / {arabic}, name only");
    }

    [Theory]
    [InlineData("Мухаммад", "Muhammad")]
    [InlineData("Мухаммад", "Mohammed")]
    [InlineData("Сергей Лавров", "Sergey Lavrov")]
    [InlineData("Сергей Лавров", "Sergei Lavrov")]
    public void Transliteration_CyrillicScript_MeetsLatinSpellings(string cyrillic, string latin)
    {
        AssertLikelyMatch(SameBirthDate(cyrillic, latin), $"{cyrillic} / {latin}");
        AssertLikelyMatch(NameOnly(cyrillic, latin), $"{cyrillic} / {latin}, name only");
    }

    [Theory]
    [InlineData("ተስፋዬ", "Tesfaye")]
    [InlineData("ተስፋዬ", "Tesfay")]
    public void Transliteration_GeezScript_MeetsLatinSpellings(string geez, string latin)
    {
        AssertLikelyMatch(SameBirthDate(geez, latin), $"{geez} / {latin}");
        AssertLikelyMatch(NameOnly(geez, latin), $"{geez} / {latin}, name only");
    }

    [Theory]
    [InlineData("Παπαδόπουλος", "Papadopoulos")]
    [InlineData("Γεώργιος", "Georgios")]
    [InlineData("Γεώργιος Παπαδόπουλος", "Papadopoulos Georgios")]
    public void Transliteration_GreekScript_MeetsLatinSpelling(string greek, string latin)
    {
        AssertLikelyMatch(SameBirthDate(greek, latin), $"{greek} / {latin}");
        AssertLikelyMatch(NameOnly(greek, latin), $"{greek} / {latin}, name only");
    }

    [Fact]
    public void Transliteration_ArabicScript_AgreesWithMohammedAsAnotherSpelling() =>
        Assert.Equal(NameAgreement.Spelling, Assert.Single(SameBirthDate("محمد", "Mohammed").Name.Parts).How);

    [Fact]
    public void Transliteration_GreekDigraphs_ReadAsTheLatinSpellingWritesThem() =>
        Assert.All(SameBirthDate("Παπαδόπουλος", "Papadopoulos").Name.Parts, p => Assert.Equal(NameAgreement.Exact, p.How));

    [Theory]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Mohammed", "Mohamad")]
    [InlineData("Muhammad", "Mohamed")]
    [InlineData("Muhammad", "Mohamad")]
    [InlineData("Mohamed", "Mohamad")]
    public void LatinSpellings_OfMohammed_MeetEachOther(string a, string b)
    {
        var result = SameBirthDate(a, b);
        AssertLikelyMatch(result, $"{a} / {b}");
        AssertLikelyMatch(NameOnly(b, a), $"{b} / {a}, name only");
        Assert.Equal(NameAgreement.Spelling, Assert.Single(result.Name.Parts).How);
    }

    [Theory]
    [InlineData("Abdul Rahman", "Abdelrahman")]
    [InlineData("Abdul Rahman", "Abd al-Rahman")]
    [InlineData("Abdul Rahman", "Abdurrahman")]
    [InlineData("Abdelrahman", "Abd al-Rahman")]
    [InlineData("Abdelrahman", "Abdurrahman")]
    [InlineData("Abd al-Rahman", "Abdurrahman")]
    public void LatinSpellings_OfAbdulRahman_MeetEachOther(string a, string b)
    {
        AssertLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertLikelyMatch(SameBirthDate(b, a), $"{b} / {a}");
        AssertLikelyMatch(NameOnly(a, b), $"{a} / {b}, name only");
    }

    [Theory]
    [InlineData("Tesfaye", "Tesfay")]
    [InlineData("Tesfaye Bekele", "Tesfay Bekele")]
    public void LatinSpellings_OfTesfaye_MeetEachOther(string a, string b)
    {
        AssertLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertLikelyMatch(NameOnly(b, a), $"{b} / {a}, name only");
    }

    // ---- Name order, parts split or joined -----------------------------------------------------------------------

    [Theory]
    [InlineData("Ahmed Hassan", "Hassan Ahmed")]
    [InlineData("Tesfaye Bekele", "Bekele Tesfaye")]
    [InlineData("Sergey Lavrov", "Lavrov Sergey")]
    [InlineData("Maria Elena Popescu", "Popescu Maria Elena")]
    public void NameOrder_SurnameAndGivenNamesSwapped_StillMatches(string a, string b)
    {
        var result = SameBirthDate(a, b);
        AssertLikelyMatch(result, $"{a} / {b}");
        Assert.All(result.Name.Parts, p => Assert.Equal(NameAgreement.Exact, p.How));
    }

    [Fact]
    public void NameOrder_RecordedAsSurnameThenGivenNames_MeetsTheNameAsSpoken()
    {
        var record = new MatchRecord("r", [KnownName.Of("Lavrov", "Sergey", NameSource.Primary, null)], Born, Sex.Unknown, []);
        AssertLikelyMatch(PersonMatcher.Score(new PersonQuery("Sergey Lavrov", Born), record), "Sergey Lavrov / Lavrov, Sergey");
    }

    [Theory]
    [InlineData("El Hassan", "Elhassan")]
    [InlineData("Abdel Rahman", "Abdelrahman")]
    [InlineData("Abu Bakr", "Abubakr")]
    [InlineData("Karim Ben Ali", "Karim Benali")]
    [InlineData("Van Damme", "Vandamme")]
    [InlineData("Van den Berg", "Vandenberg")]
    [InlineData("Abd al-Rahman", "Abdelrahman")]
    public void SplitOrJoined_TwoWordsMeetOneWord(string split, string joined)
    {
        var result = SameBirthDate(split, joined);
        AssertLikelyMatch(result, $"{split} / {joined}");
        AssertLikelyMatch(SameBirthDate(joined, split), $"{joined} / {split}");
        Assert.Contains(result.Name.Parts, p => p.How == NameAgreement.Joined);
    }

    [Theory]
    [InlineData("Fon Mireille", "Wu Yun")]          // fon ~ "wuyun": both fn
    [InlineData("Ebai Thierry", "Bitar Rami")]      // "ebaithierry" ~ bitar: both btr
    [InlineData("Dewulf Pieter", "Diallo Alpha")]   // dewulf ~ "dialloalpha": both dlf
    public void SplitOrJoined_WordsThatOnlySoundLikeTwoOthersRunTogether_AreNotAJoin(string query, string recorded)
    {
        var result = SameBirthDate(query, recorded);
        Assert.DoesNotContain(result.Name.Parts, p => p.How == NameAgreement.Joined);
        Assert.True(result.Score < PersonMatcher.LikelyMatch, $"{query} / {recorded}: {result.Score}");
    }

    // ---- Particles -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Al-Hassan", "Hassan")]
    [InlineData("Karim El-Amrani", "Karim Amrani")]
    [InlineData("Ali Ben Salah", "Ali Salah")]
    [InlineData("Ali bin Hamad", "Ali Hamad")]
    [InlineData("Fatima bint Ali", "Fatima Ali")]
    [InlineData("Khaled Abu Zeid", "Khaled Zeid")]
    [InlineData("Mohamed Ould Abdallah", "Mohamed Abdallah")]
    [InlineData("Jan de Vries", "Vries Jan")]
    [InlineData("Pieter van Dijk", "Dijk Pieter")]
    public void Particles_PresentOnOneSideOnly_StillMatch(string withParticle, string without)
    {
        AssertLikelyMatch(SameBirthDate(withParticle, without), $"{withParticle} / {without}");
        AssertLikelyMatch(SameBirthDate(without, withParticle), $"{without} / {withParticle}");
    }

    [Theory]
    [InlineData("Khaled Abu Zeid", "Khaled Abou Zeid")]
    [InlineData("Karim El-Amrani", "Karim Al Amrani")]
    [InlineData("Mohamed Ould Abdallah", "Mohamed Ben Abdallah")]
    public void Particles_SpeltDifferently_StillMatch(string a, string b) => AssertLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");

    [Theory]
    [InlineData("Jan van der Berg", "Jan van der Linden")]
    [InlineData("Ali Ben Salah", "Ali Ben Youssef")]
    [InlineData("Abu Bakr", "Abu Hamza")]
    [InlineData("Karim El Amrani", "Karim El Idrissi")]
    public void Particles_AgreeingAlone_DoNotMakeAMatch(string a, string b) => AssertNotLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");

    // ---- Diacritics and case -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Müller", "MULLER")]
    [InlineData("Çelik", "Celik")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Nguyễn Văn An", "NGUYEN VAN AN")]
    [InlineData("Şahin Öztürk", "sahin ozturk")]
    [InlineData("José Pérez", "JOSE PEREZ")]
    public void DiacriticsAndCase_AreIgnored(string a, string b)
    {
        var result = SameBirthDate(a, b);
        AssertLikelyMatch(result, $"{a} / {b}");
        AssertLikelyMatch(NameOnly(a, b), $"{a} / {b}, name only");
        Assert.All(result.Name.Parts, p => Assert.Equal(NameAgreement.Exact, p.How));
        Assert.Equal(NameText.Tokens(a).Select(t => t.Text), NameText.Tokens(b).Select(t => t.Text));
    }

    [Fact]
    public void DiacriticsAndCase_GermanUmlautWrittenAsVowelPlusE_MeetsTheUmlaut() =>
        AssertLikelyMatch(SameBirthDate("Müller", "Mueller"), "Müller / Mueller");

    // ---- Typing errors -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Kowalski", "Kowalksi")]         // two letters swapped
    [InlineData("Kowalski", "Kowlaski")]
    [InlineData("Kowalski", "Kowalki")]          // a letter missing
    [InlineData("Schneider", "Schneiber")]       // a letter wrong
    [InlineData("Hernandez", "Hernanbez")]
    [InlineData("Wojciechowski", "Wojciechowsky")]
    [InlineData("Anna Kowalski", "Anna Kowalksi")]
    [InlineData("Schneider Thomas", "Thomas Schnieder")]
    [InlineData("Friedrich Merz", "Friedrich Mertz")]  // four letters: only with the rest of the name agreeing
    public void TypingError_InALongerName_StillMatches(string a, string b)
    {
        AssertLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertLikelyMatch(SameBirthDate(b, a), $"{b} / {a}");
    }

    [Theory]
    [InlineData("Kowalski", "Kowalksi")]
    [InlineData("Kowalski", "Kowalki")]
    [InlineData("Schneider", "Schneiber")]
    public void TypingError_InConsonants_IsReportedAsATypo(string a, string b) =>
        Assert.Equal(NameAgreement.Typo, Assert.Single(SameBirthDate(a, b).Name.Parts).How);

    [Theory]
    [InlineData("Kowalski", "Kowalksi")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("El Hassan", "Elhassan")]
    public void AnyVariant_ScoresBelowTheExactName(string name, string variant) =>
        Assert.True(SameBirthDate(name, variant).Score <= SameBirthDate(name, name).Score);

    // ---- Different people ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Ahmed Karimi", "Ahmed Rahimi")]
    [InlineData("Sergei Ivanov", "Sergei Smirnov")]
    [InlineData("Olga Petrova", "Olga Pavlova")]
    [InlineData("Jan Peeters", "Jan Janssens")]
    [InlineData("Mehmet Yilmaz", "Mehmet Yildiz")]
    [InlineData("Maria Lopez", "Maria Perez")]
    public void DifferentPeople_DifferentSurnamesOfSimilarLength_DoNotMatch(string a, string b)
    {
        AssertNotLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertNotLikelyMatch(SameBirthDate(b, a), $"{b} / {a}");
    }

    [Theory]
    [InlineData("Salman bin Muhammad", "Muhammad bin Salman")]
    [InlineData("Ali bin Hamad", "Hamad bin Ali")]
    public void DifferentPeople_OwnAndFathersNameSwappedAroundBin_DoNotMatch(string a, string b)
    {
        AssertNotLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertNotLikelyMatch(SameBirthDate(b, a), $"{b} / {a}");
    }

    [Theory]
    [InlineData("Ali", "Ari")]
    [InlineData("Ali", "Adi")]
    [InlineData("Ana", "Ava")]
    [InlineData("Ali Hassan", "Ari Hassan")]
    [InlineData("Amir", "Amin")]
    [InlineData("Kaya", "Kara")]
    [InlineData("Sara", "Sana")]
    public void DifferentPeople_ShortNamesDifferingByOneLetter_DoNotMatch(string a, string b)
    {
        AssertNotLikelyMatch(SameBirthDate(a, b), $"{a} / {b}");
        AssertNotLikelyMatch(SameBirthDate(b, a), $"{b} / {a}");
    }

    [Theory]
    [InlineData("Zyxwq Plorbant")]
    [InlineData("Kwabena Oduro-Mensah")]
    public void DifferentPeople_ANameThatBelongsToNobody_MatchesNoRecord(string nobody)
    {
        string[] records = ["Mohammed Hassan", "Abdul Rahman", "Tesfaye Bekele", "Sergey Lavrov", "Jan Peeters",
            "Van den Berg", "Nguyen Van An", "Maria Lopez", "Ahmed Karimi", "Ali bin Hamad"];
        foreach (var recorded in records) AssertNotLikelyMatch(SameBirthDate(nobody, recorded), $"{nobody} / {recorded}");
    }
}
