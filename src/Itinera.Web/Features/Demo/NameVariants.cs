using System.Globalization;
using System.Text;

namespace Itinera.Web.Features.Demo;

/// <summary>Other Latin spellings of a name, as they appear when police, Eurodac, embassies and applicants
/// each transliterate it their own way.</summary>
internal static class NameVariants
{
    // Each line is one group of spellings of the same name.
    private static readonly string[] Groups =
    [
        "Mohammad|Mohammed|Muhammad|Mohamed|Mohamad|Muhammed|Magomed|Mouhamed",
        "Ahmad|Ahmed|Ahmet|Akhmed|Ahmat",
        "Mahmoud|Mahmud|Mahmood|Mahmut",
        "Mustafa|Moustafa|Mostafa|Mustapha|Moustapha",
        "Omar|Umar|Omer|Ömer|Oumar",
        "Khaled|Khalid|Halid|Khaleed",
        "Ibrahim|Ebrahim|Brahim|Ibragim|İbrahim|Ibrahima",
        "Yousef|Youssef|Yusuf|Yousif|Youcef|Yousuf",
        "Abdullah|Abdallah|Abdulla|Abdellah|Abdoulaye",
        "Abdulrahman|Abdelrahman|Abdul Rahman|Abderrahmane|Abdirahman",
        "Hussein|Hussain|Husain|Hossein|Hüseyin|Hocine",
        "Hassan|Hasan|Khasan|Hasen",
        "Tareq|Tarek|Tariq",
        "Yahya|Yehia|Yahia",
        "Issa|Eissa|Isa",
        "Fatima|Fatma|Fatemeh|Fatimah|Fatouma",
        "Aisha|Aicha|Ayesha|Aïcha|Aysha",
        "Mariam|Maryam|Meryem|Mariame|Miriam|Mariama",
        "Zainab|Zeinab|Zeynab|Zineb|Zeynep",
        "Noor|Nour|Nur",
        "Layla|Leila|Laila|Leyla|Lila",
        "Khadija|Khadidja|Hatice|Kadija",
        "Yasmin|Yasmine|Jasmin|Yasemin",
        "Bilal|Belal",
        "Jamal|Djamel|Gamal|Cemal",
        "Karim|Kareem|Kerim",
        "Saleh|Salih|Salah",
        "Walid|Waleed|Oualid",
        "Ziad|Ziyad|Zyad",
        "Anas|Enes",
        "Haidar|Haider|Heydar",
        "Osama|Usama|Oussama",
        "Salim|Selim|Saleem",
        "Sara|Sarah|Sarra",
        "Huda|Houda|Hoda",
        "Reem|Rim|Riem",
        "Hiba|Heba|Hibah",
        "Asmaa|Asma|Esma|Asmae",
        "Tesfay|Tesfai|Tesfaye",
        "Dawit|Dawid|David|Davit",
        "Yonas|Jonas|Younas",
        "Yohannes|Yohanes|Johannes|Yohanis",
        "Gebremedhin|Ghebremedhin|Gebremedin",
        "Ghebreyesus|Gebreyesus|Gebre Yesus",
        "Haile|Hayle|Hailé",
        "Mehari|Mihari|Meharie",
        "Berhane|Birhane|Berhani",
        "Tekle|Tecle|Teklé",
        "Tewelde|Tewolde|Teweldé",
        "Semere|Semre|Semer",
        "Filmon|Philemon|Filimon",
        "Biniam|Biniyam|Binyam",
        "Amanuel|Emmanuel|Amaniel",
        "Goitom|Goitum|Goytom",
        "Isaias|Isayas|Esayas",
        "Mussie|Musie|Moses",
        "Selam|Salam|Selamawit",
        "Senait|Senayt",
        "Hiwet|Hiwot|Hewet",
        "Tigisti|Tigist",
        "Idris|Edris|Driss",
        "Osman|Usman|Othman|Ousmane|Osmane",
        "Mamadou|Mamadu|Mohamadou",
        "Amadou|Ahmadou|Amadu",
        "Sekou|Sékou|Seku",
        "Boubacar|Aboubacar|Abubakar|Boubakar|Aboubakar",
        "Souleymane|Suleiman|Sulayman|Süleyman|Sulaiman",
        "Moussa|Musa|Mousa",
        "Fatoumata|Fatimata|Fatumata",
        "Aissatou|Aïssatou|Aisatu",
        "Kadiatou|Kadijatou|Khadiatou",
        "Diallo|Jallow|Djallo",
        "Camara|Kamara",
        "Touré|Toure|Ture",
        "Aleksandr|Alexander|Alexandr|Oleksandr",
        "Sergei|Sergey|Serguei|Serhii|Sergiy",
        "Dmitrii|Dmitry|Dmitri|Dmytro",
        "Andrei|Andrey|Andrii|Andriy",
        "Aleksei|Alexey|Alexei|Oleksii",
        "Evgenii|Yevgeny|Evgeny|Yevhen",
        "Yurii|Yuriy|Iurii|Yury",
        "Iusupov|Yusupov|Ioussoupov",
        "Mikhail|Michail|Mykhailo|Mikheil",
        "Nikolai|Nikolay|Mykola",
        "Iuliia|Yulia|Julia|Yuliia",
        "Natalia|Nataliya|Nataliia",
        "Giorgi|Georgi|George",
        "Tamar|Tamara",
        "Nino|Nina",
        "Irakli|Irakly",
        "Tchanturia|Chanturia",
        "Tsiklauri|Tsiklaouri|Ciklauri",
        "Mohammadi|Mohamadi|Muhammadi",
        "Ahmadi|Ahmedi",
        "Hussaini|Husseini|Hosseini",
        "Rezaie|Rezaei|Rezayee",
        "Noori|Nouri|Nuri",
        "Sultani|Soltani",
        "Haidari|Heidari|Haydari",
        "Jafari|Jaafari|Djafari",
        "Stanikzai|Stanekzai|Stanakzai",
        "Yousufzai|Yousafzai|Yusufzai",
        "Sediqi|Siddiqi|Sadiqi|Seddiqi",
        "Hekmatullah|Hikmatullah|Hekmat Ullah",
        "Rahmatullah|Rahmat Ullah|Rahmatulla",
        "Zabihullah|Zabiullah|Zabihollah",
        "Naqibullah|Naqibulla|Nakibullah",
        "Amanullah|Amanulla|Aman Ullah",
        "Noorullah|Nurullah|Nourullah",
        "Samiullah|Sami Ullah|Samiulla",
        "Sayed|Sayyed|Sayid|Seyed",
        "Jawad|Javad|Djawad",
        "Naveed|Navid|Nawid",
        "Wahid|Vahid|Waheed",
        "Najib|Najeeb|Nadjib",
        "Rashid|Rachid|Rasheed",
        "Nasir|Naser|Nasser|Nacer",
        "Hamid|Hameed|Hamit",
        "Shafiq|Shafik|Chafik",
        "Ismail|Ismaïl|Esmail|İsmail|Smail",
        "Khalil|Halil|Khaleel",
        "Sakina|Sakineh|Sakine",
        "Nargis|Narges|Nergis",
        "Masooma|Masoumeh|Masuma",
        "Parwana|Parvaneh",
        "Frishta|Fereshteh|Freshta",
        "Zahra|Zehra|Zahraa",
        "Jean-Pierre|Jean Pierre",
        "Jean-Claude|Jean Claude",
        "Jean-Marie|Jean Marie",
        "Tshibanda|Chibanda",
        "Tshimanga|Chimanga",
        "Zhang|Chang",
        "Chen|Chan",
        "Zhou|Chou",
        "Xu|Hsu",
        "Benali|Ben Ali|Ben-Ali",
        "Benaissa|Ben Aissa",
        "Benyahia|Ben Yahia",
        "Bensalem|Ben Salem",
        "Benchikh|Ben Cheikh",
        "Benjelloun|Ben Jelloun",
    ];

    private static readonly Dictionary<string, string[]> ByName = BuildIndex();

    // Transliteration habits; applied once, at the first match.
    private static readonly (string From, string To)[] Rules =
    [
        ("ou", "u"), ("kh", "h"), ("Kh", "H"), ("sh", "ch"), ("Sh", "Ch"), ("ee", "i"), ("oo", "u"), ("q", "k"),
        ("Q", "K"), ("dh", "d"), ("ph", "f"), ("iu", "yu"), ("ia", "ya"), ("ai", "ay"), ("ei", "ey"), ("J", "Dj"),
        ("W", "Ou"), ("ss", "s"), ("mm", "m"), ("ll", "l"), ("tt", "t"), ("Ts", "Tz"), ("zh", "j"), ("Zh", "J"),
        ("Ch", "Tch"), ("u", "ou"),
    ];

    private static Dictionary<string, string[]> BuildIndex()
    {
        var index = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Groups)
        {
            var names = line.Split('|');
            foreach (var name in names)
            {
                index.TryAdd(name, names);
            }
        }

        return index;
    }

    /// <summary>Another Latin spelling of <paramref name="name"/> (a single name or surname, possibly with
    /// particles), or <paramref name="name"/> itself when none is found.</summary>
    public static string Spell(string name, Random rng)
    {
        if (ByName.TryGetValue(name, out var group))
        {
            var other = group[rng.Next(group.Length - 1)];
            return string.Equals(other, name, StringComparison.Ordinal) ? group[^1] : other;
        }

        var particle = Particle(name, rng);
        if (particle is not null)
        {
            return particle;
        }

        var folded = FoldDiacritics(name);
        if (!string.Equals(folded, name, StringComparison.Ordinal))
        {
            return folded;
        }

        // Last letters -i / -y are interchangeable (Rahimi / Rahimy, Dmitrii / Dmitriy).
        var start = rng.Next(Rules.Length + 1);
        for (var k = 0; k <= Rules.Length; k++)
        {
            var i = (start + k) % (Rules.Length + 1);
            if (i == Rules.Length)
            {
                if (name.Length > 3 && name[^1] == 'i')
                {
                    return name[..^1] + "y";
                }

                continue;
            }

            var (from, to) = Rules[i];
            var at = name.IndexOf(from, StringComparison.Ordinal);
            if (at < 0 || (from == "u" && at > 0 && name[at - 1] == 'o'))
            {
                continue;
            }

            return string.Concat(name.AsSpan(0, at), to, name.AsSpan(at + from.Length));
        }

        return name;
    }

    /// <summary>Variants of Arabic particles: al-Halabi → Al Halabi / Alhalabi / El-Halabi / Halabi; Abu Zaid → Abou Zaid / Abuzaid.</summary>
    private static string? Particle(string name, Random rng)
    {
        if (name.StartsWith("al-", StringComparison.Ordinal) && name.Length > 4)
        {
            var rest = name[3..];
            return rng.Next(5) switch
            {
                0 => "Al " + rest,
                1 => "Al-" + rest,
                2 => "Al" + char.ToLowerInvariant(rest[0]) + rest[1..],
                3 => "El-" + rest,
                _ => rest,
            };
        }

        if (name.StartsWith("Abu ", StringComparison.Ordinal) && name.Length > 5)
        {
            var rest = name[4..];
            return rng.Next(3) switch
            {
                0 => "Abou " + rest,
                1 => "Abu-" + rest,
                _ => "Abu" + char.ToLowerInvariant(rest[0]) + rest[1..],
            };
        }

        if (name.StartsWith("El ", StringComparison.Ordinal) && name.Length > 4)
        {
            var rest = name[3..];
            return rng.Next(3) switch
            {
                0 => "El-" + rest,
                1 => "El" + char.ToLowerInvariant(rest[0]) + rest[1..],
                _ => rest,
            };
        }

        if (name.StartsWith("Ben ", StringComparison.Ordinal) && name.Length > 5)
        {
            var rest = name[4..];
            return rng.Next(2) == 0 ? "Ben-" + rest : "Bin " + rest;
        }

        return null;
    }

    /// <summary>Drops diacritics and Turkish dotless i, as many police and airline systems do.</summary>
    public static string FoldDiacritics(string name)
    {
        var ascii = true;
        foreach (var c in name)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return name;
        }

        var decomposed = name.Replace('ı', 'i').Replace('İ', 'I').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
