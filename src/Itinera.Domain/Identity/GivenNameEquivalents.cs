namespace Itinera.Domain.Identity;

/// <summary>
/// Given names that are one name in several languages (Yusuf, Joseph, José, Iosif; Yohannes, John, Juan, Jean, Ivan)
/// and their usual short forms (Bibi for Benjamin, Ted for Theodore or Edward, Sasha for Alexander). A person's given
/// name is often written in the form of the country that wrote the document: an Ethiopian passport says Yohannes, a
/// Spanish residence card Juan, an English police report John. Two such names agree less than two spellings of one
/// name (see <see cref="NameComparison"/>): the rest of the name and the birth date must carry the match.
/// Only names whose equivalence is common knowledge are listed; spellings of one of them (Youssef / Yusuf, Mikhail /
/// Michail) are the sound key's business and need not be.
/// </summary>
public static class GivenNameEquivalents
{
    /// <summary>How much two equivalent given names agree: less than another spelling (0.93) or a typing error (0.85).</summary>
    public const double Similarity = 0.8;

    private static readonly string[][] Groups =
    [
        ["john", "johannes", "johann", "johan", "jan", "jean", "juan", "joao", "giovanni", "gianni", "ivan", "ioannis", "yiannis",
         "giannis", "yohannes", "yohanes", "hans", "sean", "ian", "iain", "jovan", "janos", "yahya", "hovhannes", "ion", "ioan", "jack", "johnny", "vanya"],
        ["joseph", "josef", "jose", "giuseppe", "yusuf", "yosef", "iosif", "osip", "jozef", "jozsef", "joe", "pepe", "josip", "youssouf"],
        ["theodore", "ted", "teddy", "theo", "fyodor", "fedor", "teodor", "teodoro", "theodoros", "todor"],
        ["edward", "eduard", "eduardo", "edoardo", "ted", "teddy", "eddie"],
        ["benjamin", "bibi", "benny", "binyamin", "veniamin", "beniamino", "bunyamin"],
        ["michael", "mikhail", "miguel", "michel", "michele", "michiel", "mikael", "mikail", "mihail", "mihai", "mikel", "mike", "michal", "mykhailo", "mikheil", "misha"],
        ["peter", "pierre", "pedro", "pietro", "piotr", "pyotr", "petr", "pieter", "petros", "boutros", "butrus", "petru", "petar", "piet"],
        ["paul", "pablo", "paolo", "pavel", "paulo", "pavlo", "boulos", "pawel"],
        ["george", "georges", "georgios", "giorgos", "jorge", "giorgio", "giorgi", "georgi", "georgiy", "jurgen", "jiri", "yuri", "yuriy", "jerzy", "gheorghe", "djordje", "jordi"],
        ["alexander", "alexandre", "alejandro", "alessandro", "aleksandr", "aleksander", "aleksandar", "iskander", "iskandar", "sikandar",
         "sasha", "alex", "alexandros", "alexandru", "oleksandr", "sandor"],
        ["abraham", "ibrahim", "avraham", "ebrahim", "brahim"],
        ["moses", "musa", "moussa", "moshe", "moise", "moises"],
        ["jesus", "isa", "issa"],
        ["mary", "maria", "marie", "maryam", "mariam", "miriam", "myriam", "mariya", "marija", "mariama", "masha"],
        ["solomon", "sulayman", "suleiman", "suleyman", "sulaiman", "souleymane", "shlomo", "salomon"],
        ["david", "dawud", "daoud", "dawood", "dawit", "davit", "davide", "daud", "davoud"],
        ["jacob", "jakob", "jacques", "james", "giacomo", "yaqub", "yakub", "yacoub", "yakov", "jakub", "iacob", "jaime", "jim", "jimmy"],
        ["isaac", "ishaq", "isak", "itzhak", "yitzhak", "ishak"],
        ["ismail", "ishmael", "ismael"],
        ["jonah", "yunus", "jonas", "younes", "younis", "yona"],
        ["elijah", "ilyas", "elias", "ilya", "ilias", "elie"],
        ["aaron", "harun", "haroun", "aron", "haroon", "harutyun"],
        ["noah", "nuh", "noe"],
        ["zachary", "zakariya", "zakaria", "zacharias", "zaccaria", "zachariah", "zekeriya"],
        ["daniel", "danyal", "daniyal", "danilo", "daniil"],
        ["gabriel", "jibril", "jibreel", "gavriil", "gavriel", "gabriele"],
        ["job", "ayyub", "ayoub", "eyup"],
        ["eve", "eva", "hawa", "havva", "chava"],
        ["stephen", "steven", "stefan", "stephane", "esteban", "etienne", "stepan", "stefano", "istvan", "stefanos", "stjepan"],
        ["nicholas", "nicolas", "nikolai", "nikolay", "nicola", "nikola", "niccolo", "nikolaos", "mikolaj", "klaus", "nick", "kolya"],
        ["elizabeth", "elisabeth", "isabel", "isabelle", "isabella", "elisabetta", "elizaveta", "yelizaveta"],
        ["catherine", "katherine", "katharina", "katarina", "caterina", "ekaterina", "yekaterina", "katarzyna", "katya"],
        ["helen", "helena", "elena", "yelena", "helene", "olena", "eleni", "lena"],
        ["anne", "anna", "ana", "hanna", "hannah", "anya"],
        ["matthew", "matthias", "mateo", "matteo", "mathieu", "matthieu", "matvey", "mateusz"],
        ["andrew", "andre", "andreas", "andres", "andrei", "andrey", "andriy", "andrzej", "andrija", "andras"],
        ["thomas", "tomas", "tomasz", "tommaso", "toma", "foma"],
        ["philip", "philippe", "felipe", "filippo", "filip", "philipp"],
        ["francis", "francois", "francisco", "francesco", "franz", "frantisek", "franciszek", "paco", "pancho"],
        ["charles", "carlos", "carlo", "karl", "karol", "carl"],
        ["william", "wilhelm", "guillaume", "guillermo", "guglielmo", "willem", "bill"],
        ["henry", "henri", "enrique", "enrico", "heinrich", "henryk", "hendrik", "harry"],
        ["robert", "roberto", "bob", "bobby"],
        ["anthony", "antoine", "antonio", "anton", "antoni", "tony", "antonios"],
        ["dmitri", "dmitry", "dmytro", "dimitri", "dimitrios", "dima"],
        ["vladimir", "volodymyr", "wlodzimierz", "volodya"],
        ["sergey", "sergei", "sergej", "serhiy", "sergio", "serge", "sergiu"],
        ["eugene", "yevgeny", "evgeny", "evgeni", "eugen", "eugenio", "yevhen"],
        ["gregory", "grigori", "grigoriy", "gregorio", "gregoire", "grzegorz"],
        ["luke", "luca", "lucas", "luka", "luc", "lukas", "lukasz"],
        ["mark", "marc", "marco", "marcos", "markus", "marek", "marko"],
    ];

    private static readonly Dictionary<string, int[]> GroupsOf = Build();

    private static Dictionary<string, int[]> Build()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
            foreach (var name in Groups[g])
            {
                if (!map.TryGetValue(name, out var list)) map[name] = list = [];
                list.Add(g);
            }
        return map.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether two different given names (lower-case Latin, as <see cref="NameText"/> writes them) are one.</summary>
    public static bool Same(string a, string b)
    {
        if (!GroupsOf.TryGetValue(a, out var ga) || !GroupsOf.TryGetValue(b, out var gb)) return false;
        foreach (var x in ga)
            foreach (var y in gb)
                if (x == y) return true;
        return false;
    }
}
