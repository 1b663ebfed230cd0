using System.Globalization;
using System.Text;

namespace Itinera.Web.Features.Demo;

/// <summary>
/// Deterministic generator of realistic synthetic persons for the demo database and benchmarks.
/// The same <paramref name="seed"/> and <paramref name="today"/> always give the same sequence.
/// Persons are produced one at a time (streaming): a million take a few seconds and no memory.
/// </summary>
/// <remarks>
/// Proportions follow the Belgian reference figures (docs/eurostat.md §5): nationality mix weighted by the 2024 top
/// citizenships of applicants for international protection plus a tail of other countries, 67.6 % men (Afghans 89 %),
/// about 15 % minors (some unaccompanied, age-assessed), profiles roughly 45 % protection, 20 % family reunification,
/// 10 % short stay, 7 % students, 5 % workers, 10 % irregular stay, 3 % family of EU citizens.
/// </remarks>
internal sealed class SyntheticPersons(int seed, DateOnly today)
{
    private const double StatelessShare = 0.010;
    private const double UnknownNationalityShare = 0.005;
    private const string LetterAlphabet = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private static readonly int TotalCountryWeight = SyntheticCountries.All.Sum(c => c.Weight);

    private readonly Random _rng = new(seed);
    private readonly DateOnly _today = today;

    public IEnumerable<SyntheticPerson> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Generate(count);
    }

    public SyntheticPerson Next()
    {
        // Nationality, and the country whose naming and places the person follows.
        string nationality;
        CountryInfo origin;
        string? birthCountryOverride = null;
        int[] profileWeights;
        var r = _rng.NextDouble();
        if (r < StatelessShare)
        {
            nationality = "STLS";
            var s = _rng.NextDouble();
            (origin, birthCountryOverride) = s switch
            {
                < 0.55 => (SyntheticCountries.Get("PS"), Pick(["LB", "SY", "PS", "JO", "EG"])),
                < 0.80 => (SyntheticCountries.Get("PS"), (string?)null),
                < 0.90 => (SyntheticCountries.Get("SY"), "SY"), // Kurdish "ajanib" of Syria
                _ => (SyntheticCountries.Get("IQ"), "KW"), // Bidoon
            };
            profileWeights = SyntheticCountries.StatelessProfiles;
        }
        else if (r < StatelessShare + UnknownNationalityShare)
        {
            nationality = "UNK";
            origin = PickCountry();
            profileWeights = SyntheticCountries.StatelessProfiles;
        }
        else
        {
            origin = PickCountry();
            nationality = origin.Code;
            profileWeights = origin.ProfileWeights;
        }

        var profile = (SyntheticProfile)PickIndex(profileWeights);

        // Age, unaccompanied minors, sex.
        var age = PickAge(profile);
        var unaccompanied = profile == SyntheticProfile.ProtectionApplicant && age is >= 14 and <= 17 && _rng.NextDouble() < 0.6;
        char? sex;
        var sexDraw = _rng.NextDouble();
        if (sexDraw < 0.002)
        {
            sex = null;
        }
        else
        {
            var maleShare = unaccompanied ? 0.87 : nationality == "STLS" ? 0.68 : origin.MaleShare;
            sex = _rng.NextDouble() < maleShare ? 'M' : 'F';
        }

        // Birth date.
        var exactBirth = _today.AddYears(-age).AddDays(-_rng.Next(0, 365));
        var (birthDate, estimated) = FormatBirthDate(exactBirth, origin, unaccompanied);

        // Names.
        var male = sex switch
        {
            'M' => true,
            'F' => false,
            _ => _rng.Next(2) == 0,
        };
        var (surname, givenNames, script) = MakeName(origin.Names, male);

        // Place of birth.
        var (birthCountry, birthPlace) = PickBirthPlace(origin, nationality, birthCountryOverride, profile, age);

        var documents = MakeDocuments(profile, nationality, origin, birthCountry, exactBirth, age);
        var aliases = MakeAliases(profile, surname, givenNames, birthDate, exactBirth, unaccompanied, documents.Count > 0, origin.Names.Style);
        var address = _rng.NextDouble() < AddressShare(profile) ? BelgianAddresses.Next(_rng) : null;

        return new SyntheticPerson(
            surname,
            givenNames,
            script,
            sex,
            birthDate,
            estimated,
            birthPlace,
            birthCountry,
            nationality,
            profile,
            aliases,
            documents,
            address);
    }

    private IEnumerable<SyntheticPerson> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    // ------------------------------------------------------------------ picking

    private CountryInfo PickCountry()
    {
        var pick = _rng.Next(TotalCountryWeight);
        foreach (var c in SyntheticCountries.All)
        {
            if (pick < c.Weight)
            {
                return c;
            }

            pick -= c.Weight;
        }

        return SyntheticCountries.All[^1];
    }

    private int PickIndex(int[] weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var pick = _rng.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            if (pick < weights[i])
            {
                return i;
            }

            pick -= weights[i];
        }

        return weights.Length - 1;
    }

    private string PickWeighted((string Code, int Weight)[] table)
    {
        var total = 0;
        foreach (var (_, w) in table)
        {
            total += w;
        }

        var pick = _rng.Next(total);
        foreach (var (code, w) in table)
        {
            if (pick < w)
            {
                return code;
            }

            pick -= w;
        }

        return table[^1].Code;
    }

    private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];

    // ------------------------------------------------------------------ age and birth date

    private int PickAge(SyntheticProfile profile)
    {
        switch (profile)
        {
            case SyntheticProfile.Student:
                return 18 + (int)(16 * Math.Pow(_rng.NextDouble(), 1.6));
            case SyntheticProfile.Worker:
                return 22 + (int)(36 * Math.Pow(_rng.NextDouble(), 1.4));
            default:
                break;
        }

        var minorShare = profile switch
        {
            SyntheticProfile.ProtectionApplicant => 0.15,
            SyntheticProfile.FamilyReunification => 0.30,
            SyntheticProfile.ShortStayVisa => 0.08,
            SyntheticProfile.IrregularStay => 0.10,
            SyntheticProfile.EuFamily => 0.20,
            _ => 0.10,
        };
        if (_rng.NextDouble() < minorShare)
        {
            // Asylum-seeking minors are mostly teenagers.
            return profile == SyntheticProfile.ProtectionApplicant && _rng.NextDouble() < 0.45
                ? _rng.Next(14, 18)
                : _rng.Next(0, 18);
        }

        var r = _rng.NextDouble();
        if (profile == SyntheticProfile.ShortStayVisa)
        {
            // Visitors are older than applicants (parents visiting their children).
            r = Math.Min(0.999, r * 0.7 + 0.3 * _rng.NextDouble() * _rng.NextDouble() + 0.05);
        }

        return r switch
        {
            < 0.27 => _rng.Next(18, 26),
            < 0.62 => _rng.Next(26, 36),
            < 0.84 => _rng.Next(36, 46),
            < 0.94 => _rng.Next(46, 56),
            < 0.98 => _rng.Next(56, 66),
            _ => _rng.Next(66, 86),
        };
    }

    private (string Text, bool Estimated) FormatBirthDate(DateOnly exact, CountryInfo origin, bool ageAssessed)
    {
        var r = _rng.NextDouble();
        if (ageAssessed)
        {
            // After an age assessment the office records an estimated date, usually 1 January.
            return r switch
            {
                < 0.55 => (Full(new DateOnly(exact.Year, 1, 1)), true),
                < 0.75 => (Year(exact), true),
                < 0.85 => (Full(exact), true),
                _ => (Full(exact), false), // declared date accepted
            };
        }

        var yearOnly = 0.065 * origin.UnknownBirthDateFactor;
        if (r < yearOnly)
        {
            return (Year(exact), _rng.NextDouble() < 0.88);
        }

        if (r < yearOnly + 0.03)
        {
            return (exact.ToString("yyyy-MM", CultureInfo.InvariantCulture), _rng.NextDouble() < 0.3);
        }

        if (_rng.NextDouble() < 0.05 * origin.UnknownBirthDateFactor)
        {
            // "1 January" convention for unknown day and month.
            return (Full(new DateOnly(exact.Year, 1, 1)), _rng.NextDouble() < 0.6);
        }

        return (Full(exact), false);

        static string Year(DateOnly d) => d.Year.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static string Full(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ names

    private (string Surname, string GivenNames, string? Script) MakeName(NamePool pool, bool male)
    {
        var givenPool = male ? pool.Male : pool.Female;
        var given = Pick(givenPool);
        NameForm? second = null;
        if (_rng.NextDouble() < pool.DoubleGivenShare)
        {
            // Arab naming: the second name is the father's; elsewhere a second given name.
            var candidate = pool.Style is NamingStyle.Arab or NamingStyle.Afghan ? Pick(pool.Male) : Pick(givenPool);
            if (!string.Equals(candidate.Latin, given.Latin, StringComparison.Ordinal))
            {
                second = candidate;
            }
        }

        NameForm surname;
        NameForm? surname2 = null;
        switch (pool.Style)
        {
            case NamingStyle.Afghan:
                var a = _rng.NextDouble();
                if (a < 0.10)
                {
                    // Single name: recorded as surname, no given names.
                    return (given.Latin, string.Empty, given.Script);
                }

                surname = a < 0.25 ? Pick(pool.Male) : Pick(pool.Surnames);
                break;
            case NamingStyle.Patronymic:
                // Father's name as surname (and sometimes grandfather's).
                surname = Pick(pool.Male);
                if (_rng.NextDouble() < Math.Max(pool.CompoundSurnameShare, 0.15))
                {
                    surname2 = Pick(pool.Male);
                }

                break;
            case NamingStyle.EastSlavic:
                surname = Pick(pool.Surnames);
                if (!male)
                {
                    surname = Feminine(surname);
                }

                break;
            case NamingStyle.Western:
            case NamingStyle.Arab:
            case NamingStyle.Chinese:
            case NamingStyle.Hispanic:
            default:
                surname = Pick(pool.Surnames);
                if (_rng.NextDouble() < pool.CompoundSurnameShare)
                {
                    var other = Pick(pool.Surnames);
                    if (!string.Equals(other.Latin, surname.Latin, StringComparison.Ordinal))
                    {
                        surname2 = other;
                    }
                }

                break;
        }

        var givenLatin = second is { } g2 ? given.Latin + " " + g2.Latin : given.Latin;
        var surnameLatin = surname2 is { } s2 ? surname.Latin + " " + s2.Latin : surname.Latin;

        string? script = null;
        if (given.Script is not null && surname.Script is not null)
        {
            var sb = new StringBuilder(32);
            if (pool.Style == NamingStyle.Chinese)
            {
                sb.Append(surname.Script).Append(given.Script);
            }
            else
            {
                sb.Append(given.Script);
                if (second?.Script is { } gs2)
                {
                    sb.Append(' ').Append(gs2);
                }

                sb.Append(' ').Append(surname.Script);
                if (surname2?.Script is { } ss2)
                {
                    sb.Append(' ').Append(ss2);
                }
            }

            script = sb.ToString();
        }

        return (surnameLatin, givenLatin, script);
    }

    private static NameForm Feminine(NameForm surname)
    {
        var latin = surname.Latin;
        var script = surname.Script;
        if (latin.EndsWith("skyi", StringComparison.Ordinal))
        {
            return new NameForm(latin[..^4] + "ska", script is null ? null : script[..^4] + "ська");
        }

        if (latin.EndsWith("ov", StringComparison.Ordinal) || latin.EndsWith("ev", StringComparison.Ordinal) || latin.EndsWith("in", StringComparison.Ordinal))
        {
            return new NameForm(latin + "a", script is null ? null : script + "а");
        }

        return surname;
    }

    // ------------------------------------------------------------------ place of birth

    private (string? Country, string? Place) PickBirthPlace(
        CountryInfo origin, string nationality, string? birthCountryOverride, SyntheticProfile profile, int age)
    {
        if (nationality == "UNK")
        {
            var country = _rng.NextDouble() < 0.3 ? origin.Code : null;
            var place = country is not null && _rng.NextDouble() < 0.5 ? Pick(SyntheticCountries.BirthPlaces(country)) : null;
            return (country, place);
        }

        string code;
        if (age <= 6
            && profile is SyntheticProfile.ProtectionApplicant or SyntheticProfile.FamilyReunification or SyntheticProfile.IrregularStay
            && origin.ProfileWeights[0] >= 30
            && _rng.NextDouble() < 0.3)
        {
            // Small children are often born on the way or in Belgium.
            code = PickWeighted(EnRouteBirthCountries);
        }
        else
        {
            code = birthCountryOverride ?? PickWeighted(origin.BirthCountries);
        }

        if (_rng.NextDouble() < 0.01)
        {
            return (null, null);
        }

        var places = SyntheticCountries.BirthPlaces(code);
        return (code, places.Length == 0 || _rng.NextDouble() < 0.05 ? null : Pick(places));
    }

    private static readonly (string Code, int Weight)[] EnRouteBirthCountries =
        [("BE", 45), ("GR", 20), ("DE", 15), ("TR", 12), ("IT", 8)];

    // ------------------------------------------------------------------ documents

    private List<SyntheticDocument> MakeDocuments(
        SyntheticProfile profile, string nationality, CountryInfo origin, string? birthCountry, DateOnly birth, int age)
    {
        var documents = new List<SyntheticDocument>(2);
        if (nationality == "UNK")
        {
            return documents;
        }

        var r = _rng.NextDouble();
        if (nationality == "STLS" && profile is not (SyntheticProfile.ProtectionApplicant or SyntheticProfile.IrregularStay))
        {
            // No passport: a travel document for (Palestinian) refugees or stateless persons.
            documents.Add(RefugeeTravelDocument(Pick(["LB", "SY", "EG", "BE"]), birth));
            return documents;
        }

        switch (profile)
        {
            case SyntheticProfile.ProtectionApplicant:
            case SyntheticProfile.IrregularStay:
                if (_rng.NextDouble() < (nationality == "STLS" ? 0.5 : 0.08))
                {
                    // Recognised elsewhere (Greece, Italy…) or a Palestinian refugee travel document (Lebanon, Syria, Egypt).
                    documents.Add(RefugeeTravelDocument(nationality == "STLS" ? Pick(["LB", "SY", "EG"]) : PickWeighted(ProtectionElsewhere), birth));
                    if (r < 0.3)
                    {
                        AddNationalDocument(documents, nationality, origin, birthCountry, birth, age, mustBeValid: false);
                    }

                    break;
                }

                var count = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
                for (var i = 0; i < count; i++)
                {
                    AddNationalDocument(documents, nationality, origin, birthCountry, birth, age, mustBeValid: false);
                }

                break;
            case SyntheticProfile.FamilyReunification:
                documents.Add(Passport(nationality, origin, birth, age, mustBeValid: r < 0.8));
                if (r < 0.4 && birthCountry is not null)
                {
                    documents.Add(BirthCertificate(birthCountry, birth));
                }

                break;
            case SyntheticProfile.ShortStayVisa:
            case SyntheticProfile.Student:
            case SyntheticProfile.Worker:
            case SyntheticProfile.EuFamily:
            default:
                documents.Add(Passport(nationality, origin, birth, age, mustBeValid: true));
                if (r < 0.2 && origin.IdCardFormat is not null && age >= 16)
                {
                    documents.Add(IdCard(nationality, origin, birth));
                }

                break;
        }

        return documents;
    }

    private static readonly (string Code, int Weight)[] ProtectionElsewhere =
        [("GR", 55), ("IT", 15), ("DE", 10), ("BG", 10), ("AT", 5), ("ES", 5)];

    private void AddNationalDocument(
        List<SyntheticDocument> documents, string nationality, CountryInfo origin, string? birthCountry, DateOnly birth, int age, bool mustBeValid)
    {
        var r = _rng.NextDouble();
        var type = r < 0.55 ? SyntheticDocumentType.Passport
            : r < 0.85 && origin.IdCardFormat is not null && age >= 16 && nationality != "STLS" ? SyntheticDocumentType.NationalIdCard
            : SyntheticDocumentType.BirthCertificate;
        foreach (var existing in documents)
        {
            if (existing.Type == type)
            {
                type = type == SyntheticDocumentType.BirthCertificate ? SyntheticDocumentType.Passport : SyntheticDocumentType.BirthCertificate;
                break;
            }
        }

        if (nationality == "STLS" && type == SyntheticDocumentType.Passport)
        {
            type = SyntheticDocumentType.BirthCertificate;
        }

        switch (type)
        {
            case SyntheticDocumentType.Passport:
                documents.Add(Passport(nationality, origin, birth, age, mustBeValid));
                break;
            case SyntheticDocumentType.NationalIdCard:
                documents.Add(IdCard(nationality, origin, birth));
                break;
            case SyntheticDocumentType.BirthCertificate:
            case SyntheticDocumentType.RefugeeTravelDocument:
            default:
                if (birthCountry is not null && documents.TrueForAll(d => d.Type != SyntheticDocumentType.BirthCertificate))
                {
                    documents.Add(BirthCertificate(birthCountry, birth));
                }

                break;
        }
    }

    private SyntheticDocument Passport(string nationality, CountryInfo origin, DateOnly birth, int age, bool mustBeValid)
    {
        var validity = age < 18 ? 5 : origin.PassportValidityYears;
        var issued = IssueDate(birth, validity, mustBeValid);
        return new SyntheticDocument(
            SyntheticDocumentType.Passport,
            Number(origin.PassportFormat),
            nationality,
            issued,
            issued.AddYears(validity).AddDays(-1));
    }

    private SyntheticDocument IdCard(string nationality, CountryInfo origin, DateOnly birth)
    {
        var issued = IssueDate(birth, 10, mustBeValid: false);
        return new SyntheticDocument(
            SyntheticDocumentType.NationalIdCard,
            Number(origin.IdCardFormat ?? "#########"),
            nationality,
            issued,
            issued.AddYears(10).AddDays(-1));
    }

    private SyntheticDocument BirthCertificate(string country, DateOnly birth)
    {
        // Either registered shortly after birth, or a recent extract/late registration.
        var issued = _rng.NextDouble() < 0.6
            ? birth.AddDays(_rng.Next(1, 60))
            : _today.AddDays(-_rng.Next(30, 3 * 365));
        if (issued > _today)
        {
            issued = _today;
        }

        if (issued < birth)
        {
            issued = birth;
        }

        var number = _rng.Next(1, 4000).ToString(CultureInfo.InvariantCulture) + "/" + birth.Year.ToString(CultureInfo.InvariantCulture);
        return new SyntheticDocument(SyntheticDocumentType.BirthCertificate, number, country, issued, null);
    }

    private SyntheticDocument RefugeeTravelDocument(string issuer, DateOnly birth)
    {
        var issued = IssueDate(birth, 5, mustBeValid: false);
        return new SyntheticDocument(
            SyntheticDocumentType.RefugeeTravelDocument,
            issuer + Number("#######"),
            issuer,
            issued,
            issued.AddYears(5).AddDays(-1));
    }

    /// <summary>An issue date after birth and not after today; some documents have expired by now.</summary>
    private DateOnly IssueDate(DateOnly birth, int validityYears, bool mustBeValid)
    {
        var span = mustBeValid ? validityYears * 365 - 30 : (validityYears + 5) * 365;
        var issued = _today.AddDays(-_rng.Next(1, Math.Max(2, span)));
        if (issued <= birth)
        {
            issued = birth.AddDays(_rng.Next(1, 120));
            if (issued > _today)
            {
                issued = _today;
            }
        }

        return issued;
    }

    private string Number(string format)
    {
        return string.Create(format.Length, (format, _rng), static (span, state) =>
        {
            var (fmt, rng) = state;
            for (var i = 0; i < fmt.Length; i++)
            {
                span[i] = fmt[i] switch
                {
                    '#' => (char)('0' + rng.Next(10)),
                    '@' => LetterAlphabet[rng.Next(LetterAlphabet.Length)],
                    var c => c,
                };
            }
        });
    }

    // ------------------------------------------------------------------ aliases

    private List<SyntheticAlias> MakeAliases(
        SyntheticProfile profile,
        string surname,
        string givenNames,
        string birthDate,
        DateOnly exactBirth,
        bool unaccompanied,
        bool hasDocument,
        NamingStyle style)
    {
        var r = _rng.NextDouble();
        var count = profile is SyntheticProfile.ProtectionApplicant or SyntheticProfile.IrregularStay
            ? r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.92 ? 2 : 3
            : r < 0.85 ? 0 : r < 0.97 ? 1 : 2;
        var aliases = new List<SyntheticAlias>(count);
        if (count == 0)
        {
            return aliases;
        }

        // First contact with the Belgian or European authorities.
        var firstContact = _today.AddDays(-_rng.Next(0, 6 * 365));
        if (firstContact < exactBirth)
        {
            firstContact = exactBirth;
        }

        var recordedRange = _today.DayNumber - firstContact.DayNumber + 1;
        for (var i = 0; i < count; i++)
        {
            var kindDraw = _rng.NextDouble();
            var kind = unaccompanied && i == 0 ? SyntheticAliasKind.OtherBirthDate
                : kindDraw < 0.55 ? SyntheticAliasKind.Spelling
                : kindDraw < 0.75 ? SyntheticAliasKind.SwappedOrder
                : SyntheticAliasKind.OtherBirthDate;

            var aliasSurname = surname;
            var aliasGiven = givenNames;
            string? aliasBirthDate = null;
            switch (kind)
            {
                case SyntheticAliasKind.SwappedOrder when givenNames.Length > 0 && style != NamingStyle.Chinese:
                    aliasSurname = givenNames;
                    aliasGiven = surname;
                    break;
                case SyntheticAliasKind.OtherBirthDate:
                    aliasBirthDate = OtherBirthDate(birthDate, exactBirth, unaccompanied);
                    break;
                case SyntheticAliasKind.Spelling:
                case SyntheticAliasKind.SwappedOrder:
                default:
                    if (Respell(surname, givenNames) is { } respelled)
                    {
                        kind = SyntheticAliasKind.Spelling;
                        (aliasSurname, aliasGiven) = respelled;
                    }
                    else if (givenNames.Length > 0 && style != NamingStyle.Chinese)
                    {
                        kind = SyntheticAliasKind.SwappedOrder;
                        aliasSurname = givenNames;
                        aliasGiven = surname;
                    }
                    else
                    {
                        kind = SyntheticAliasKind.OtherBirthDate;
                        aliasBirthDate = OtherBirthDate(birthDate, exactBirth, unaccompanied);
                    }

                    break;
            }

            var sourceDraw = _rng.NextDouble();
            var source = sourceDraw switch
            {
                < 0.30 => SyntheticAliasSource.Declared,
                < 0.45 when hasDocument => SyntheticAliasSource.Passport,
                < 0.65 => SyntheticAliasSource.Police,
                < 0.90 => SyntheticAliasSource.Eurodac,
                _ => SyntheticAliasSource.Embassy,
            };
            var recorded = firstContact.AddDays(_rng.Next(recordedRange));
            var sameAsPerson = aliasBirthDate is null
                && string.Equals(aliasSurname, surname, StringComparison.Ordinal)
                && string.Equals(aliasGiven, givenNames, StringComparison.Ordinal);
            if (!sameAsPerson && !aliases.Exists(a =>
                    string.Equals(a.Surname, aliasSurname, StringComparison.Ordinal)
                    && string.Equals(a.GivenNames, aliasGiven, StringComparison.Ordinal)
                    && string.Equals(a.BirthDate, aliasBirthDate, StringComparison.Ordinal)))
            {
                aliases.Add(new SyntheticAlias(aliasSurname, aliasGiven, aliasBirthDate, kind, source, recorded));
            }
        }

        return aliases;
    }

    private (string Surname, string GivenNames)? Respell(string surname, string givenNames)
    {
        var spaceInGiven = givenNames.IndexOf(' ', StringComparison.Ordinal);
        var firstGiven = spaceInGiven < 0 ? givenNames : givenNames[..spaceInGiven];
        var restGiven = spaceInGiven < 0 ? string.Empty : givenNames[spaceInGiven..];
        var surnameFirst = givenNames.Length == 0 || _rng.NextDouble() < 0.45;

        for (var attempt = 0; attempt < 2; attempt++, surnameFirst = !surnameFirst)
        {
            if (surnameFirst)
            {
                var respelled = RespellSurname(surname);
                if (!string.Equals(respelled, surname, StringComparison.Ordinal))
                {
                    return (respelled, givenNames);
                }
            }
            else if (firstGiven.Length > 0)
            {
                var respelled = NameVariants.Spell(firstGiven, _rng);
                if (!string.Equals(respelled, firstGiven, StringComparison.Ordinal))
                {
                    return (surname, respelled + restGiven);
                }
            }
        }

        return null;
    }

    private string RespellSurname(string surname)
    {
        var whole = NameVariants.Spell(surname, _rng);
        if (!string.Equals(whole, surname, StringComparison.Ordinal))
        {
            return whole;
        }

        // Compound surname (nom + postnom, two Hispanic surnames, patronymic + grandfather): one part only,
        // or a respelling of the first part.
        var space = surname.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var first = surname[..space];
            var respelled = NameVariants.Spell(first, _rng);
            return _rng.NextDouble() < 0.5 || string.Equals(respelled, first, StringComparison.Ordinal)
                ? first
                : respelled + surname[space..];
        }

        return surname;
    }

    /// <summary>Another declared birth date, never equal to the recorded one and never after today.</summary>
    private string OtherBirthDate(string birthDate, DateOnly exact, bool unaccompanied)
    {
        if (birthDate.Length == 10)
        {
            exact = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var r = _rng.NextDouble();
        if (unaccompanied)
        {
            // Declared as younger than the age assessment found: one or two years later.
            var declared = exact.AddYears(_rng.Next(1, 3)).AddDays(_rng.Next(-120, 120));
            if (declared > _today)
            {
                declared = _today;
            }

            var text = Full(declared);
            if (!string.Equals(text, birthDate, StringComparison.Ordinal))
            {
                return text;
            }
        }

        if (r < 0.35 && birthDate.Length == 10 && exact.Day <= 12 && exact.Day != exact.Month)
        {
            // Day and month swapped.
            var swapped = new DateOnly(exact.Year, exact.Day, exact.Month);
            if (swapped <= _today)
            {
                return Full(swapped);
            }
        }

        if (r < 0.55 && birthDate.Length > 4)
        {
            return exact.Year.ToString("D4", CultureInfo.InvariantCulture);
        }

        var firstJanuary = Full(new DateOnly(exact.Year, 1, 1));
        if (r < 0.7 && !string.Equals(firstJanuary, birthDate, StringComparison.Ordinal))
        {
            return firstJanuary;
        }

        // Another year: common in Eurodac hits and embassy records.
        var shift = _rng.Next(1, 4) * (_rng.Next(2) == 0 ? -1 : 1);
        var other = exact.AddYears(shift);
        if (other > _today)
        {
            other = exact.AddYears(-Math.Abs(shift));
        }

        return Full(other);
    }

    // ------------------------------------------------------------------ address

    private static double AddressShare(SyntheticProfile profile) => profile switch
    {
        SyntheticProfile.ProtectionApplicant => 0.85,
        SyntheticProfile.FamilyReunification => 0.90,
        SyntheticProfile.ShortStayVisa => 0.15,
        SyntheticProfile.Student => 0.80,
        SyntheticProfile.Worker => 0.85,
        SyntheticProfile.IrregularStay => 0.35,
        SyntheticProfile.EuFamily => 0.95,
        _ => 0.8,
    };
}
