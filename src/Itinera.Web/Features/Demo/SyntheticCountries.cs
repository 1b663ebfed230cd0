namespace Itinera.Web.Features.Demo;

/// <summary>
/// Per-nationality data. Weights for the ten top citizenships are the Belgian 2024 first-instance applicant
/// figures (docs/eurostat.md §5); the tail countries stay below the tenth (GE, 1,012) so that the top ten keep
/// their order.
/// </summary>
internal sealed class CountryInfo
{
    public CountryInfo(
        string code,
        int weight,
        double maleShare,
        NamePool names,
        int[] profileWeights,
        string passportFormat,
        string? idCardFormat,
        int passportValidityYears,
        string? otherBirthCountries = null,
        double unknownBirthDateFactor = 1)
    {
        Code = code;
        Weight = weight;
        MaleShare = maleShare;
        Names = names;
        ProfileWeights = profileWeights;
        PassportFormat = passportFormat;
        IdCardFormat = idCardFormat;
        PassportValidityYears = passportValidityYears;
        UnknownBirthDateFactor = unknownBirthDateFactor;
        BirthCountries = ParseWeights(otherBirthCountries ?? code + ":1");
    }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Code { get; }

    public int Weight { get; }

    public double MaleShare { get; }

    public NamePool Names { get; }

    /// <summary>Weights in the order of <see cref="SyntheticProfile"/>.</summary>
    public int[] ProfileWeights { get; }

    /// <summary><c>#</c> = digit, <c>@</c> = capital letter, anything else is literal.</summary>
    public string PassportFormat { get; }

    public string? IdCardFormat { get; }

    public int PassportValidityYears { get; }

    /// <summary>Multiplier on the share of year-only birth dates (Afghans, Somalis… often know only the year).</summary>
    public double UnknownBirthDateFactor { get; }

    public (string Code, int Weight)[] BirthCountries { get; }

    internal static (string Code, int Weight)[] ParseWeights(string table)
    {
        var parts = table.Split('|');
        var result = new (string, int)[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var colon = parts[i].IndexOf(':', StringComparison.Ordinal);
            result[i] = (parts[i][..colon], int.Parse(parts[i][(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }
}

internal static class SyntheticCountries
{
    // Profile weights: Protection, FamilyReunification, ShortStayVisa, Student, Worker, IrregularStay, EuFamily.
    private static readonly int[] Asylum = [58, 22, 5, 2, 1, 10, 2];
    private static readonly int[] Mixed = [34, 18, 15, 11, 8, 11, 3];
    private static readonly int[] Visa = [2, 25, 25, 18, 18, 6, 6];
    private static readonly int[] AmericanProfiles = [0, 25, 0, 35, 30, 0, 10];
    private static readonly int[] BrazilianProfiles = [1, 15, 0, 10, 15, 44, 15];

    /// <summary>Profile weights for stateless persons and unknown nationality.</summary>
    public static readonly int[] StatelessProfiles = [70, 12, 0, 1, 0, 15, 2];

    public static readonly CountryInfo[] All =
    [
        // Top 10 citizenships of applicants for international protection in Belgium, 2024.
        new("PS", 5692, 0.70, SyntheticNames.Palestine, Asylum, "#######", "#########", 5, "PS:66|SY:10|LB:6|JO:6|SA:4|KW:3|EG:5"),
        new("SY", 5617, 0.70, SyntheticNames.Syria, Asylum, "N0########", "###########", 6, "SY:95|LB:3|JO:2"),
        new("AF", 3541, 0.89, SyntheticNames.Afghanistan, Asylum, "P0#######", "14##-####-#####", 5, "AF:72|IR:18|PK:10", 1.8),
        new("ER", 2396, 0.66, SyntheticNames.Eritrea, Asylum, "P0######", "#######", 5, "ER:82|ET:12|SD:6", 1.6),
        new("TR", 2233, 0.72, SyntheticNames.Turkey, Mixed, "U########", "@##@#####", 10),
        new("CD", 1907, 0.60, SyntheticNames.Congo, Mixed, "OP#######", "##########", 5),
        new("GN", 1228, 0.76, SyntheticNames.Guinea, Asylum, "R0######", "#########", 5, null, 1.6),
        new("CM", 1168, 0.60, SyntheticNames.Cameroon, Mixed, "@@######", "#########", 5),
        new("BI", 1120, 0.55, SyntheticNames.Burundi, Asylum, "OP0#####", "#########", 5, "BI:90|RW:5|TZ:5"),
        new("GE", 1012, 0.64, SyntheticNames.Georgia, Mixed, "##@@#####", "##@@#####", 10),

        // Tail.
        new("MA", 850, 0.60, SyntheticNames.Morocco, Visa, "@@#######", "@@######", 5),
        new("RU", 700, 0.58, SyntheticNames.Russia, Mixed, "## #######", "## ## ######", 10, "RU:94|KZ:3|UA:3"),
        new("UA", 650, 0.45, SyntheticNames.Ukraine, Mixed, "@@######", "#########", 10),
        new("IN", 650, 0.70, SyntheticNames.India, Visa, "@#######", null, 10),
        new("MD", 600, 0.55, SyntheticNames.Moldova, Mixed, "@@#######", "@@#######", 7),
        new("IQ", 600, 0.65, SyntheticNames.Iraq, Asylum, "@########", "############", 8, "IQ:94|SY:3|IR:3"),
        new("DZ", 550, 0.75, SyntheticNames.Algeria, Visa, "#########", "#########", 10),
        new("SO", 550, 0.58, SyntheticNames.Somalia, Asylum, "P0#######", null, 5, "SO:84|ET:8|KE:8", 2.5),
        new("BR", 500, 0.50, SyntheticNames.Brazil, BrazilianProfiles, "@@######", "##.###.###-#", 10),
        new("IR", 450, 0.62, SyntheticNames.Iran, Mixed, "@########", "###-######-#", 5),
        new("VE", 450, 0.48, SyntheticNames.Venezuela, Mixed, "#########", "V-########", 10, "VE:95|CO:5"),
        new("CN", 400, 0.50, SyntheticNames.China, Visa, "E########", "##################", 10),
        new("PK", 400, 0.82, SyntheticNames.Pakistan, Mixed, "@@#######", "#####-#######-#", 10),
        new("CO", 400, 0.50, SyntheticNames.Colombia, Mixed, "@@######", "##########", 10),
        new("NG", 350, 0.55, SyntheticNames.Nigeria, Mixed, "@########", "###########", 10),
        new("AL", 350, 0.65, SyntheticNames.Albania, Mixed, "@@#######", "@########@", 10),
        new("US", 300, 0.50, SyntheticNames.UnitedStates, AmericanProfiles, "#########", null, 10),
        new("XK", 250, 0.60, SyntheticNames.Kosovo, Mixed, "P########", "#########", 10),
        new("ET", 250, 0.55, SyntheticNames.Ethiopia, Asylum, "EP#######", "############", 5, null, 1.6),
    ];

    public static CountryInfo Get(string code)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.Code, code, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown synthetic country.");
    }

    private static readonly Dictionary<string, string[]> PlacesByCountry = BuildPlaces();

    /// <summary>Cities (or provinces, as often recorded for Afghans) of birth, Latin spelling; empty when unknown.</summary>
    public static string[] BirthPlaces(string country) =>
        PlacesByCountry.TryGetValue(country, out var places) ? places : [];

    private static Dictionary<string, string[]> BuildPlaces()
    {
        string[] codes =
        [
            "PS", "SY", "AF", "ER", "TR", "CD", "GN", "CM", "BI", "GE", "MA", "DZ", "IN", "BR", "MD", "RU", "UA", "SO", "IQ",
            "IR", "NG", "PK", "VE", "CO", "AL", "XK", "CN", "US", "ET", "LB", "JO", "KW", "SA", "EG", "SD", "KE", "KZ", "RW",
            "TZ", "BE", "GR", "DE", "IT",
        ];
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            result[code] = Places(code);
        }

        return result;
    }

    private static string[] Places(string country) => country switch
    {
        "PS" => ["Gaza", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Beit Lahia", "Nablus", "Hebron", "Ramallah", "Jenin", "Bethlehem", "Tulkarm"],
        "SY" => ["Damascus", "Aleppo", "Homs", "Hama", "Idlib", "Deir ez-Zor", "Raqqa", "Latakia", "Daraa", "Qamishli", "Al-Hasakah", "Afrin", "Kobani", "Douma"],
        "AF" => ["Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni", "Baghlan", "Wardak", "Logar", "Nangarhar", "Helmand", "Parwan", "Bamyan", "Khost", "Paktia"],
        "ER" => ["Asmara", "Keren", "Mendefera", "Massawa", "Dekemhare", "Adi Keih", "Barentu", "Assab", "Ghinda", "Adi Quala", "Senafe", "Tesseney"],
        "TR" => ["İstanbul", "Ankara", "İzmir", "Diyarbakır", "Gaziantep", "Konya", "Kayseri", "Şanlıurfa", "Mardin", "Van", "Batman", "Adana", "Malatya", "Emirdağ", "Afyonkarahisar", "Kırşehir"],
        "CD" => ["Kinshasa", "Lubumbashi", "Mbuji-Mayi", "Kananga", "Kisangani", "Bukavu", "Goma", "Matadi", "Kikwit", "Mbandaka", "Uvira", "Bunia", "Kolwezi", "Likasi"],
        "GN" => ["Conakry", "Kankan", "Labé", "Kindia", "Nzérékoré", "Boké", "Mamou", "Siguiri", "Kissidougou", "Faranah", "Pita", "Guéckédou"],
        "CM" => ["Yaoundé", "Douala", "Bamenda", "Bafoussam", "Garoua", "Maroua", "Ngaoundéré", "Buea", "Limbe", "Kumba", "Bertoua", "Ebolowa", "Dschang", "Nkongsamba"],
        "BI" => ["Bujumbura", "Gitega", "Ngozi", "Muyinga", "Rumonge", "Makamba", "Kayanza", "Muramvya", "Bururi", "Kirundo", "Rutana", "Cibitoke"],
        "GE" => ["Tbilisi", "Kutaisi", "Batumi", "Rustavi", "Zugdidi", "Gori", "Poti", "Samtredia", "Khashuri", "Senaki", "Zestaponi", "Telavi", "Marneuli"],
        "MA" => ["Casablanca", "Tanger", "Nador", "Al Hoceima", "Tétouan", "Fès", "Oujda", "Rabat", "Marrakech", "Meknès", "Agadir", "Berkane"],
        "DZ" => ["Alger", "Oran", "Constantine", "Annaba", "Sétif", "Tizi Ouzou", "Béjaïa", "Blida", "Tlemcen", "Batna", "Mostaganem"],
        "IN" => ["New Delhi", "Mumbai", "Chennai", "Bengaluru", "Hyderabad", "Kolkata", "Amritsar", "Jalandhar", "Ludhiana", "Ahmedabad", "Pune", "Kochi"],
        "BR" => ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Goiânia", "Anápolis", "Governador Valadares", "Salvador", "Recife", "Curitiba", "Brasília", "Fortaleza"],
        "MD" => ["Chișinău", "Bălți", "Cahul", "Orhei", "Ungheni", "Soroca", "Comrat", "Hîncești", "Edineț"],
        "RU" => ["Moskva", "Sankt-Peterburg", "Groznyi", "Gudermes", "Urus-Martan", "Shali", "Makhachkala", "Nazran", "Kazan", "Novosibirsk", "Ekaterinburg", "Rostov-na-Donu"],
        "UA" => ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Mykolaiv", "Kherson", "Mariupol", "Donetsk", "Vinnytsia", "Chernihiv"],
        "SO" => ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Beledweyne", "Bosaso", "Galkayo", "Marka", "Afgooye", "Jowhar"],
        "IQ" => ["Baghdad", "Mosul", "Basra", "Erbil", "Kirkuk", "Sulaymaniyah", "Najaf", "Karbala", "Duhok", "Ramadi", "Fallujah", "Nasiriyah", "Sinjar"],
        "IR" => ["Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Ahvaz", "Qom", "Karaj", "Kermanshah", "Rasht", "Urmia", "Sanandaj"],
        "NG" => ["Lagos", "Benin City", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Enugu", "Onitsha", "Owerri", "Kaduna", "Warri", "Abeokuta"],
        "PK" => ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Gujrat", "Sialkot", "Peshawar", "Quetta", "Multan", "Mandi Bahauddin"],
        "VE" => ["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Ciudad Guayana", "Barcelona", "Maturín", "San Cristóbal", "Mérida"],
        "CO" => ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Cúcuta", "Bucaramanga", "Pereira", "Manizales", "Pasto"],
        "AL" => ["Tiranë", "Durrës", "Vlorë", "Elbasan", "Shkodër", "Fier", "Korçë", "Berat", "Lushnjë", "Kukës"],
        "XK" => ["Prishtinë", "Prizren", "Ferizaj", "Pejë", "Gjakovë", "Gjilan", "Mitrovicë", "Podujevë", "Vushtrri"],
        "CN" => ["Beijing", "Shanghai", "Wenzhou", "Qingtian", "Fuzhou", "Guangzhou", "Shenzhen", "Chengdu", "Wuhan", "Nanjing", "Harbin", "Xi'an"],
        "US" => ["New York", "Los Angeles", "Chicago", "Houston", "Boston", "Seattle", "San Francisco", "Atlanta", "Philadelphia", "Denver", "Miami"],
        "ET" => ["Addis Ababa", "Gondar", "Mekelle", "Bahir Dar", "Dire Dawa", "Adama", "Hawassa", "Jimma", "Dessie", "Harar"],
        "LB" => ["Beirut", "Saida", "Tyre", "Tripoli", "Baalbek", "Nahr al-Bared"],
        "JO" => ["Amman", "Zarqa", "Irbid", "Jerash", "Baqa'a"],
        "KW" => ["Kuwait City", "Al Jahra", "Al Ahmadi"],
        "SA" => ["Riyadh", "Jeddah", "Dammam"],
        "EG" => ["Cairo", "Alexandria", "El Arish"],
        "SD" => ["Khartoum", "Kassala", "Port Sudan", "Gedaref"],
        "KE" => ["Nairobi", "Dadaab", "Mombasa", "Kakuma"],
        "KZ" => ["Almaty", "Karaganda", "Astana"],
        "RW" => ["Kigali", "Butare"],
        "TZ" => ["Kigoma", "Dar es Salaam"],
        "BE" => ["Bruxelles", "Antwerpen", "Liège", "Gent", "Charleroi", "Leuven", "Mechelen"],
        "GR" => ["Athina", "Thessaloniki", "Mytilini", "Samos"],
        "DE" => ["Berlin", "Hamburg", "München", "Köln"],
        "IT" => ["Roma", "Milano", "Catania"],
        _ => [],
    };
}
