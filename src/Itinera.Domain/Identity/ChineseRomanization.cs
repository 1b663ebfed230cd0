namespace Itinera.Domain.Identity;

/// <summary>
/// Chinese names in the two Latin spellings the office meets: Hanyu Pinyin (passports of the People's Republic, since
/// 1979) and Wade–Giles (passports of Taiwan, older documents and the press: Hsi Chin-p'ing is Xi Jinping, Mao
/// Tse-tung is Mao Zedong, Tsai Ing-wen is Cai Yingwen). Wade–Giles marks aspiration with an apostrophe that forms and
/// keyboards drop (p'ing becomes ping, which may be pinyin ping or bing), so the two are compared with aspiration set
/// aside: b/p, d/t, g/k, j/q/zh/ch, z/c. Only a word that is Wade–Giles and not pinyin (hs, ts, tz, -ih, -ung, -ien…)
/// is read this way: two pinyin words differing in aspiration are different names. And a pinyin name as a foreign ear
/// writes it down (a name heard over the phone): x sounds sh or s (Xi Jinping written Shi Jinping).
/// </summary>
public static class ChineseRomanization
{
    /// <summary>How much a pinyin word and the way it sounds to a foreign ear agree: less than another spelling (0.93).</summary>
    public const double HeardSimilarity = 0.8;

    /// <summary><paramref name="heard"/> is the pinyin word written as it sounds: x as sh, s or hs (Xi → Shi, Xiao → Siao).</summary>
    public static bool Heard(string pinyin, string heard)
    {
        if (pinyin.Length < 2 || pinyin[0] != 'x') return false;
        var rest = pinyin.AsSpan(1);
        foreach (var sound in XSounds)
            if (heard.Length == sound.Length + rest.Length && heard.StartsWith(sound, StringComparison.Ordinal)
                && heard.AsSpan(sound.Length).SequenceEqual(rest))
                return IsPinyin(pinyin);
        return false;
    }

    private static readonly string[] XSounds = ["sh", "s", "hs"];

    /// <summary>The pinyin of a word that only Wade–Giles writes this way (Hsi, Chin-ping, Tse-tung), or null.</summary>
    public static string? PinyinOf(string word) => LooksWadeGiles(word) ? ToPinyin(word) : null;

    /// <summary>
    /// A name with one word that only Wade–Giles writes is Wade–Giles throughout: its other words are read so too
    /// (Teng in Teng Hsiao-p'ing is Deng), since alone they could be either.
    /// </summary>
    public static List<NameToken> ReadAllIfAny(List<NameToken> tokens)
    {
        if (!tokens.Exists(t => t.Pinyin is not null)) return tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Pinyin is null && ToPinyin(tokens[i].Text) is { } pinyin) tokens[i] = tokens[i] with { Pinyin = pinyin };
        return tokens;
    }

    /// <summary>A word read from Wade–Giles and a pinyin word write the same syllables, aspiration set aside.</summary>
    public static bool Same(NameToken a, NameToken b) =>
        a.Pinyin is not null && b.Pinyin is null ? SameSyllables(a.Pinyin, b.Text)
        : b.Pinyin is not null && a.Pinyin is null && SameSyllables(b.Pinyin, a.Text);

    private static bool SameSyllables(string fromWadeGiles, string pinyin) =>
        string.Equals(Unaspirated(fromWadeGiles), Unaspirated(pinyin), StringComparison.Ordinal) && IsPinyin(pinyin);

    private static bool LooksWadeGiles(string word)
    {
        foreach (var marker in Markers) if (word.Contains(marker, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Letters pinyin never writes (ts, hs, Chin, Ching, Shih, Tung, Tien…).</summary>
    private static readonly string[] Markers = ["hs", "ts", "tz", "ih", "ung", "ien", "ieh", "chin", "chia", "chie", "chiu"];

    /// <summary>The pinyin of a word made only of Wade–Giles syllables (unaspirated reading), or null.</summary>
    public static string? ToPinyin(string word) => Cut(word, Syllable) is { } parts ? string.Concat(parts) : null;

    /// <summary>
    /// The word cut into syllables, each as <paramref name="read"/> gives it (null: not a syllable), longest syllable
    /// first and another cut when the rest does not read; null when no cut reads the whole word.
    /// </summary>
    private static List<string>? Cut(string word, Func<string, string?> read)
    {
        var parts = new List<string>(4);
        return word.Length > 0 && CutFrom(0) ? parts : null;

        bool CutFrom(int at)
        {
            if (at == word.Length) return true;
            for (var length = Math.Min(6, word.Length - at); length >= 1; length--)
            {
                if (read(word.Substring(at, length)) is not { } syllable) continue;
                parts.Add(syllable);
                if (CutFrom(at + length)) return true;
                parts.RemoveAt(parts.Count - 1);
            }
            return false;
        }
    }

    private static readonly string[] Initials = ["hs", "ch", "ts", "tz", "ss", "sz", "sh", "p", "t", "k", "j", "s", "f", "m", "n", "l", "h", "w", "y", ""];

    /// <summary>One Wade–Giles syllable as pinyin, or null when it is none.</summary>
    private static string? Syllable(string s)
    {
        foreach (var initial in Initials)
        {
            if (!s.StartsWith(initial, StringComparison.Ordinal)) continue;
            var final = s[initial.Length..];
            if (final.Length == 0) continue;
            var pInitial = initial switch
            {
                "p" => "b", "t" => "d", "k" => "g", "ts" or "tz" => "z", "hs" => "x", "j" => "r", "ss" or "sz" => "s",
                "ch" => final[0] == 'i' && final != "ih" ? "j" : "zh",
                _ => initial,
            };
            var pFinal = final switch
            {
                "ih" => "i",
                "ung" => "ong",
                "iung" => "iong",
                "ien" => "ian",
                "ieh" => "ie",
                "ueh" => "ue",
                "uei" => "ui",
                "erh" => "er",
                "u" when initial is "ts" or "tz" or "ss" or "sz" => "i",
                "o" when initial is "k" or "h" => "e",
                "o" when initial is "t" or "n" or "l" or "s" or "ts" or "tz" or "j" or "ch" or "sh" => "uo",
                _ => final,
            };
            var syllable = pInitial + pFinal;
            if (Pinyin.Contains(syllable)) return syllable;
        }
        return null;
    }

    /// <summary>Aspirated and unaspirated initials as one (what a dropped apostrophe leaves undecided).</summary>
    private static string Unaspirated(string pinyin) =>
        pinyin.Replace("ch", "j").Replace("zh", "j").Replace('q', 'j').Replace('c', 'z').Replace('p', 'b').Replace('t', 'd').Replace('k', 'g');

    /// <summary>The word is made of pinyin syllables only.</summary>
    public static bool IsPinyin(string word) => Syllables(word) is not null;

    /// <summary>The pinyin syllables of a word (Jinping → jin, ping), or null when it has none.</summary>
    private static List<string>? Syllables(string word) => Cut(word, s => Pinyin.Contains(s) ? s : null);

    /// <summary>
    /// Other pinyin spellings a word may stand for, for the search index to look up: a Wade–Giles word with each
    /// syllable aspirated or not (Teng → deng or teng; Chin-ping → jinbing, jinping, qinbing, qinping), and a pinyin
    /// x as a foreign ear writes it, or such a spelling back to x (Xi ↔ Shi, Si).
    /// </summary>
    public static IEnumerable<string> OtherSpellings(NameToken token)
    {
        if (token.Pinyin is { } pinyin && Syllables(pinyin) is { } syllables)
        {
            IEnumerable<string> words = [""];
            foreach (var syllable in syllables)
            {
                var choices = Aspirations(syllable).ToList();
                words = words.SelectMany(w => choices.Select(c => w + c));
            }
            foreach (var word in words.Take(16)) yield return word;
        }
        var text = token.Text;
        if (text.Length >= 2 && text[0] == 'x' && IsPinyin(text))
            foreach (var sound in XSounds) yield return sound + text[1..];
        foreach (var sound in XSounds)
            if (text.Length > sound.Length && text.StartsWith(sound, StringComparison.Ordinal) && "x" + text[sound.Length..] is var x && IsPinyin(x))
                yield return x;
    }

    private static readonly (string Plain, string Aspirated)[] AspirationPairs = [("zh", "ch"), ("b", "p"), ("d", "t"), ("g", "k"), ("j", "q"), ("z", "c")];

    private static IEnumerable<string> Aspirations(string syllable)
    {
        yield return syllable;
        foreach (var (plain, aspirated) in AspirationPairs)
        {
            var other = syllable.StartsWith(plain, StringComparison.Ordinal) ? aspirated + syllable[plain.Length..]
                : syllable.StartsWith(aspirated, StringComparison.Ordinal) ? plain + syllable[aspirated.Length..] : null;
            if (other is null) continue;
            if (Pinyin.Contains(other)) yield return other;
            yield break;
        }
    }

    /// <summary>The syllables of Hanyu Pinyin (ü written u, as passports do).</summary>
    private static readonly HashSet<string> Pinyin = new(
        ("a ai an ang ao e ei en eng er o ou " +
         "ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu " +
         "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu " +
         "ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu " +
         "fa fan fang fei fen feng fo fou fu " +
         "da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo " +
         "ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo " +
         "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nue " +
         "la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lue " +
         "ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo " +
         "ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo " +
         "ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo " +
         "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun " +
         "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun " +
         "xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun " +
         "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo " +
         "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo " +
         "sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo " +
         "ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo " +
         "za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo " +
         "ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo " +
         "sa sai san sang sao se sen seng si song sou su suan sui sun suo " +
         "ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun " +
         "wa wai wan wang wei wen weng wo wu").Split(' '), StringComparer.Ordinal);
}
