using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Itinera.Web.Features.Demo;
using Xunit.Abstractions;

namespace Itinera.Web.Tests.Demo;

public sealed partial class SyntheticPersonsTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    // 2024 top citizenships (docs/eurostat.md §5), in order, with their figures.
    private static readonly (string Code, int Weight)[] Top10 =
    [
        ("PS", 5692), ("SY", 5617), ("AF", 3541), ("ER", 2396), ("TR", 2233),
        ("CD", 1907), ("GN", 1228), ("CM", 1168), ("BI", 1120), ("GE", 1012),
    ];

    private static readonly HashSet<string> KnownIsoCodes = new(
        ("AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BF BG BH BI BJ BO BR BY CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ " +
         "DE DJ DK DO DZ EC EE EG EH ER ES ET FI FR GA GB GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT " +
         "JM JO JP KE KG KH KM KP KR KW KZ LA LB LK LR LS LT LU LV LY MA MD ME MG MK ML MM MN MR MT MU MW MX MY MZ NA NE " +
         "NG NI NL NO NP NZ OM PA PE PH PK PL PS PT PY QA RO RS RU RW SA SD SE SG SI SK SL SN SO SS SV SY SZ TD TG TH TJ " +
         "TM TN TR TZ UA UG US UY UZ VE VN XK YE ZA ZM ZW").Split(' '),
        StringComparer.Ordinal);

    private static readonly Lazy<List<SyntheticPerson>> Sample =
        new(() => new SyntheticPersons(20240101, Today).Take(20_000).ToList());

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex Alpha2();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex BirthDateShape();

    [Fact]
    public void Same_seed_and_today_give_the_same_sequence()
    {
        var a = new SyntheticPersons(42, Today).Take(2_000).Select(Flatten).ToList();
        var b = new SyntheticPersons(42, Today).Take(2_000).Select(Flatten).ToList();
        Assert.Equal(a, b);
    }

    [Fact]
    public void Take_is_the_same_as_repeated_Next()
    {
        var viaNext = new SyntheticPersons(7, Today);
        var expected = Enumerable.Range(0, 200).Select(_ => Flatten(viaNext.Next())).ToList();
        Assert.Equal(expected, new SyntheticPersons(7, Today).Take(200).Select(Flatten).ToList());
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        var a = new SyntheticPersons(1, Today).Take(200).Select(Flatten).ToList();
        var b = new SyntheticPersons(2, Today).Take(200).Select(Flatten).ToList();
        Assert.True(a.Zip(b).Count(p => p.First == p.Second) < 5);
    }

    [Fact]
    public void Take_streams()
    {
        var first = new SyntheticPersons(3, Today).Take(int.MaxValue).Take(3).ToList();
        Assert.Equal(3, first.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticPersons(3, Today).Take(-1));
    }

    [Fact]
    public void Share_of_men_is_close_to_the_Belgian_figure()
    {
        var withSex = Sample.Value.Where(p => p.Sex is not null).ToList();
        var men = withSex.Count(p => p.Sex == 'M') / (double)Sample.Value.Count;
        output.WriteLine($"men {men:P1}");
        Assert.InRange(men, 0.64, 0.71);
        Assert.All(withSex, p => Assert.True(p.Sex is 'M' or 'F'));

        var afghans = Sample.Value.Where(p => p.Nationality == "AF").ToList();
        Assert.InRange(afghans.Count(p => p.Sex == 'M') / (double)afghans.Count, 0.84, 0.94);
    }

    [Fact]
    public void Top_ten_citizenships_follow_the_order_of_their_weights()
    {
        var counts = Sample.Value.GroupBy(p => p.Nationality).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine(string.Join(", ", counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));

        var top3 = counts.OrderByDescending(kv => kv.Value).Take(3).Select(kv => kv.Key).ToList();
        Assert.All(top3, code => Assert.Contains(code, new[] { "PS", "SY", "AF" }));

        // Whenever one weight is clearly (25 %) larger than another, its observed share is larger too.
        for (var i = 0; i < Top10.Length; i++)
        {
            for (var j = i + 1; j < Top10.Length; j++)
            {
                if (Top10[i].Weight >= 1.25 * Top10[j].Weight)
                {
                    Assert.True(
                        counts[Top10[i].Code] > counts[Top10[j].Code],
                        $"{Top10[i].Code} ({counts[Top10[i].Code]}) should outnumber {Top10[j].Code} ({counts[Top10[j].Code]})");
                }
            }
        }

        var stateless = counts.GetValueOrDefault("STLS") / (double)Sample.Value.Count;
        var unknown = counts.GetValueOrDefault("UNK") / (double)Sample.Value.Count;
        Assert.InRange(stateless, 0.006, 0.015);
        Assert.InRange(unknown, 0.002, 0.009);
    }

    [Fact]
    public void Country_codes_are_ISO_alpha2_or_STLS_or_UNK()
    {
        foreach (var p in Sample.Value)
        {
            Assert.True(
                p.Nationality is "STLS" or "UNK" || (Alpha2().IsMatch(p.Nationality) && KnownIsoCodes.Contains(p.Nationality)),
                p.Nationality);
            Assert.NotEqual("EL", p.Nationality);
            if (p.BirthCountry is not null)
            {
                Assert.True(Alpha2().IsMatch(p.BirthCountry) && KnownIsoCodes.Contains(p.BirthCountry), p.BirthCountry);
            }

            foreach (var d in p.Documents)
            {
                Assert.True(KnownIsoCodes.Contains(d.IssuingCountry), d.IssuingCountry);
            }
        }

        Assert.Contains(Sample.Value, p => p.Nationality == "XK");
    }

    [Theory]
    [InlineData(2025, 6, 15)]
    [InlineData(2024, 1, 1)]
    [InlineData(2030, 2, 28)]
    public void Birth_dates_parse_in_their_form_and_are_not_after_today(int year, int month, int day)
    {
        var today = new DateOnly(year, month, day);
        var persons = new SyntheticPersons(99, today).Take(20_000).ToList();
        foreach (var p in persons)
        {
            AssertBirthDate(p.BirthDate, today);
            foreach (var a in p.Aliases)
            {
                if (a.BirthDate is not null)
                {
                    AssertBirthDate(a.BirthDate, today);
                    Assert.NotEqual(p.BirthDate, a.BirthDate);
                }

                Assert.True(a.Recorded <= today);
            }

            foreach (var d in p.Documents)
            {
                Assert.True(d.IssueDate <= today, $"{d.Type} issued {d.IssueDate} after {today}");
                Assert.True(d.ExpiryDate is null || d.ExpiryDate > d.IssueDate);
            }
        }

        var yearOnly = persons.Count(p => p.BirthDate.Length == 4) / (double)persons.Count;
        var yearMonth = persons.Count(p => p.BirthDate.Length == 7) / (double)persons.Count;
        var firstJanuary = persons.Count(p => p.BirthDate.EndsWith("-01-01", StringComparison.Ordinal)) / (double)persons.Count;
        output.WriteLine($"year only {yearOnly:P1}, year-month {yearMonth:P1}, 1 January {firstJanuary:P1}");
        Assert.InRange(yearOnly, 0.06, 0.11);
        Assert.InRange(yearMonth, 0.02, 0.045);
        Assert.True(firstJanuary > 5 * (1 / 365.0), "1 January should be over-represented");

        var yearOnlyEstimated = persons.Where(p => p.BirthDate.Length == 4).Count(p => p.BirthDateEstimated)
            / (double)persons.Count(p => p.BirthDate.Length == 4);
        Assert.True(yearOnlyEstimated > 0.7);
    }

    [Fact]
    public void Ages_are_mostly_young_adults_with_some_minors()
    {
        var ages = Sample.Value.Select(p => Today.Year - int.Parse(p.BirthDate[..4], CultureInfo.InvariantCulture)).ToList();
        var minors = ages.Count(a => a < 18) / (double)ages.Count;
        var core = ages.Count(a => a is >= 18 and <= 45) / (double)ages.Count;
        var old = ages.Count(a => a > 65) / (double)ages.Count;
        output.WriteLine($"minors {minors:P1}, 18-45 {core:P1}, over 65 {old:P1}");
        Assert.InRange(minors, 0.12, 0.19);
        Assert.True(core > 0.6);
        Assert.InRange(old, 0.001, 0.03);
    }

    [Fact]
    public void Profiles_follow_the_intended_mix()
    {
        var shares = Sample.Value.GroupBy(p => p.Profile).ToDictionary(g => g.Key, g => g.Count() / (double)Sample.Value.Count);
        output.WriteLine(string.Join(", ", shares.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value:P1}")));
        Assert.InRange(shares[SyntheticProfile.ProtectionApplicant], 0.40, 0.50);
        Assert.InRange(shares[SyntheticProfile.FamilyReunification], 0.16, 0.24);
        Assert.InRange(shares[SyntheticProfile.ShortStayVisa], 0.07, 0.13);
        Assert.InRange(shares[SyntheticProfile.Student], 0.04, 0.10);
        Assert.InRange(shares[SyntheticProfile.Worker], 0.03, 0.07);
        Assert.InRange(shares[SyntheticProfile.IrregularStay], 0.07, 0.13);
        Assert.InRange(shares[SyntheticProfile.EuFamily], 0.015, 0.05);
    }

    [Fact]
    public void Original_script_names_contain_no_Latin_letters()
    {
        var withScript = Sample.Value.Where(p => p.OriginalScriptName is not null).ToList();
        Assert.NotEmpty(withScript);
        foreach (var p in withScript)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.OriginalScriptName));
            Assert.False(p.OriginalScriptName!.Any(IsLatinLetter), $"{p.OriginalScriptName} ({p.Nationality})");
        }

        string[] nonLatin = ["SY", "PS", "IQ", "MA", "DZ", "AF", "ER", "RU", "UA", "GE", "IR", "CN", "ET"];
        Assert.All(Sample.Value.Where(p => nonLatin.Contains(p.Nationality)), p => Assert.NotNull(p.OriginalScriptName));
        string[] latin = ["TR", "CD", "GN", "CM", "BI", "BR", "US", "AL", "XK", "MD", "CO", "VE"];
        Assert.All(Sample.Value.Where(p => latin.Contains(p.Nationality)), p => Assert.Null(p.OriginalScriptName));
    }

    [Fact]
    public void Eritreans_are_written_in_Geez_with_the_fathers_name_as_surname()
    {
        var eritreans = Sample.Value.Where(p => p.Nationality == "ER").ToList();
        Assert.NotEmpty(eritreans);
        foreach (var p in eritreans)
        {
            Assert.All(p.OriginalScriptName!.Where(c => !char.IsWhiteSpace(c)), c => Assert.InRange(c, '\u1200', '\u137F'));
        }

        // Surnames are fathers' (male) given names, so they are few and shared with male given names.
        var maleGiven = eritreans.Where(p => p.Sex == 'M').Select(p => p.GivenNames).ToHashSet(StringComparer.Ordinal);
        var firstSurnames = eritreans.Select(p => p.Surname.Split(' ')[0]).ToList();
        Assert.True(firstSurnames.Count(maleGiven.Contains) > 0.95 * firstSurnames.Count);
    }

    [Fact]
    public void Scripts_match_the_country()
    {
        static bool AllIn(string s, char from, char to) => s.Where(c => !char.IsWhiteSpace(c) && c != '\'').All(c => c >= from && c <= to);
        foreach (var p in Sample.Value.Where(p => p.OriginalScriptName is not null))
        {
            var s = p.OriginalScriptName!;
            switch (p.Nationality)
            {
                case "SY" or "PS" or "IQ" or "MA" or "DZ" or "AF" or "IR":
                    Assert.True(AllIn(s, '\u0600', '\u06FF'), s);
                    break;
                case "RU" or "UA":
                    Assert.True(AllIn(s, '\u0400', '\u04FF'), s);
                    break;
                case "GE":
                    Assert.True(AllIn(s, '\u10A0', '\u10FF'), s);
                    break;
                case "CN":
                    Assert.True(AllIn(s, '\u4E00', '\u9FFF'), s);
                    break;
                default:
                    break;
            }
        }
    }

    [Fact]
    public void Names_are_varied_and_follow_national_conventions()
    {
        foreach (var (code, _) in Top10)
        {
            var people = Sample.Value.Where(p => p.Nationality == code).ToList();
            var male = people.Where(p => p.Sex == 'M' && p.GivenNames.Length > 0).Select(p => p.GivenNames.Split(' ')[0]).Distinct().Count();
            var female = people.Where(p => p.Sex == 'F' && p.GivenNames.Length > 0).Select(p => p.GivenNames.Split(' ')[0]).Distinct().Count();
            var surnames = people.Select(p => p.Surname).Distinct().Count();
            output.WriteLine($"{code}: {people.Count} persons, {male} male / {female} female given names, {surnames} surnames");
            Assert.True(male >= 28, $"{code} male {male}");
            Assert.True(female >= 28, $"{code} female {female}");
            Assert.True(surnames >= 30, $"{code} surnames {surnames}");
        }

        // ~10 % of Afghans have a single name, recorded as surname.
        var afghans = Sample.Value.Where(p => p.Nationality == "AF").ToList();
        var single = afghans.Count(p => p.GivenNames.Length == 0) / (double)afghans.Count;
        Assert.InRange(single, 0.06, 0.14);
        Assert.All(afghans.Where(p => p.GivenNames.Length == 0), p => Assert.NotNull(p.OriginalScriptName));

        // Russian and Ukrainian women carry the feminine surname.
        Assert.Contains(Sample.Value, p => p.Nationality == "RU" && p.Sex == 'F' && p.Surname.EndsWith("ova", StringComparison.Ordinal));
        Assert.DoesNotContain(Sample.Value, p => p.Nationality is "RU" or "UA" && p.Sex == 'M' && p.Surname.EndsWith("ova", StringComparison.Ordinal));

        // Arab particles and father's names appear.
        Assert.Contains(Sample.Value, p => p.Nationality == "SY" && p.Surname.StartsWith("al-", StringComparison.Ordinal));
        Assert.Contains(Sample.Value, p => p.Nationality == "PS" && p.Surname.StartsWith("Abu ", StringComparison.Ordinal));
        Assert.Contains(Sample.Value, p => p.Nationality == "MA" && p.GivenNames == "Mohamed");
        Assert.Contains(Sample.Value, p => p.Nationality == "SY" && p.GivenNames.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_documents_and_addresses_are_plausible()
    {
        var persons = Sample.Value;
        Assert.All(persons, p => Assert.InRange(p.Aliases.Count, 0, 3));
        Assert.All(persons, p => Assert.InRange(p.Documents.Count, 0, 2));

        var aliases = persons.SelectMany(p => p.Aliases.Select(a => (Person: p, Alias: a))).ToList();
        Assert.Contains(aliases, x => x.Alias.Kind == SyntheticAliasKind.Spelling);
        Assert.Contains(aliases, x => x.Alias.Kind == SyntheticAliasKind.SwappedOrder);
        Assert.Contains(aliases, x => x.Alias.Kind == SyntheticAliasKind.OtherBirthDate);
        foreach (var source in Enum.GetValues<SyntheticAliasSource>())
        {
            Assert.Contains(aliases, x => x.Alias.Source == source);
        }

        Assert.All(persons, p => Assert.Equal(p.Aliases.Count, p.Aliases.Select(a => (a.Surname, a.GivenNames, a.BirthDate)).Distinct().Count()));
        foreach (var (p, a) in aliases)
        {
            switch (a.Kind)
            {
                case SyntheticAliasKind.Spelling:
                    Assert.True(a.Surname != p.Surname || a.GivenNames != p.GivenNames, $"{p.GivenNames} {p.Surname}");
                    Assert.Null(a.BirthDate);
                    break;
                case SyntheticAliasKind.SwappedOrder:
                    Assert.Equal(p.Surname, a.GivenNames);
                    Assert.Equal(p.GivenNames, a.Surname);
                    break;
                case SyntheticAliasKind.OtherBirthDate:
                    Assert.NotNull(a.BirthDate);
                    break;
                default:
                    Assert.Fail(a.Kind.ToString());
                    break;
            }
        }

        // Mohammed / Muhammad / Mohamed…
        Assert.Contains(aliases, x => x.Person.GivenNames.StartsWith("Moham", StringComparison.Ordinal)
            && x.Alias.Kind == SyntheticAliasKind.Spelling && x.Alias.GivenNames != x.Person.GivenNames);

        var documents = persons.SelectMany(p => p.Documents).ToList();
        foreach (var type in Enum.GetValues<SyntheticDocumentType>())
        {
            Assert.Contains(documents, d => d.Type == type);
        }

        Assert.Contains(documents, d => d.ExpiryDate < Today);
        Assert.Contains(documents, d => d.ExpiryDate >= Today);
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Number)));
        Assert.Contains(documents, d => d.IssuingCountry == "TR" && d.Type == SyntheticDocumentType.Passport && d.Number.StartsWith('U'));

        var withAddress = persons.Count(p => p.Address is not null) / (double)persons.Count;
        Assert.InRange(withAddress, 0.6, 0.9);
        Assert.All(persons.Where(p => p.Address is not null), p => Assert.Matches(@"^[1-9]\d{3}$", p.Address!.PostalCode));
        var municipalities = persons.Where(p => p.Address is not null).Select(p => (p.Address!.PostalCode, p.Address.Municipality)).ToHashSet();
        Assert.Contains(("2000", "Antwerpen"), municipalities);
        Assert.Contains(("4000", "Liège"), municipalities);
        Assert.Contains(("9000", "Gent"), municipalities);
        Assert.Contains(("6000", "Charleroi"), municipalities);
        Assert.Contains(("1030", "Schaerbeek"), municipalities);
        Assert.Contains(("1080", "Molenbeek-Saint-Jean"), municipalities);
    }

    [Fact]
    public void A_million_persons_stream_well_under_30_seconds()
    {
        var stopwatch = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long checksum = 0;
        foreach (var p in new SyntheticPersons(1, Today).Take(1_000_000))
        {
            checksum += p.Surname.Length + p.Aliases.Count;
        }

        stopwatch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"1,000,000 persons in {stopwatch.Elapsed.TotalSeconds:F1} s (checksum {checksum}), retained {(after - before) / 1024} KiB");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), stopwatch.Elapsed.ToString());
        Assert.True(after - before < 50 * 1024 * 1024);
    }

    private static void AssertBirthDate(string text, DateOnly today)
    {
        Assert.Matches(BirthDateShape(), text);
        switch (text.Length)
        {
            case 4:
                Assert.True(int.Parse(text, CultureInfo.InvariantCulture) <= today.Year, text);
                break;
            case 7:
                Assert.True(DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ym), text);
                Assert.True(ym <= today, text);
                break;
            default:
                Assert.True(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), text);
                Assert.True(d <= today, text);
                break;
        }
    }

    private static bool IsLatinLetter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');

    private static string Flatten(SyntheticPerson p)
    {
        var sb = new StringBuilder();
        sb.Append(p with { Aliases = [], Documents = [] });
        foreach (var a in p.Aliases)
        {
            sb.Append('|').Append(a);
        }

        foreach (var d in p.Documents)
        {
            sb.Append('|').Append(d);
        }

        return sb.ToString();
    }
}
