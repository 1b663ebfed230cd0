using System.Globalization;
using System.Text;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

/// <summary>The <c>link</c> verb, run as the command line runs it: files in, scored pairs out, no database touched.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "itinera-link-" + Guid.NewGuid().ToString("N")[..12]);

    public LinkCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string ImportHeader = "external_id,surname,given_names,sex,birth_date,nationality,birth_place,national_number,original_script_name\n";
    private const string FebrlHeader = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\n";

    [Fact]
    public async Task Link_DeduplicatesAnImportFile_FindingSpellingsScriptsAndSharedNumbers_ButNotNamesakes()
    {
        var input = Write("persons.csv", ImportHeader +
            "P-1,El Amrani,Mohammed,M,1990-03-15,MA,Casablanca,,\n" +
            "P-2,Elamrani,Mohamed,M,1990-03-15,MA,casablanca,,\n" +          // another spelling of P-1
            "P-3,Ivanov,Sergei,M,1985-07-30,RU,Moskva,,\n" +
            "P-4,Иванов,Сергей,M,1985-07-30,RU,,,\n" +                       // P-3 written in Cyrillic
            "P-5,Dupont,Marie,F,1975-06-01,BE,Liège,,\n" +
            "P-6,Dupont,Pierre,M,1948-02-11,BE,Namur,,\n" +                    // a namesake of P-5, not her
            "P-7,Nguyen,Van An,M,1985-07-30,VN,Hanoi,85.07.30-033.28,\n" +
            "P-8,Ngyuen,A.,M,,VN,,85073003328,\n" +                           // P-7: a poor name, but the same national number
            ",Tesfaye,Haile,M,1992,ER,Asmara,,\"ተስፋየ ሃይለ\"\n");               // no external_id: named by its line
        var output = Path.Combine(folder, "pairs.csv");

        Assert.Equal(0, await RunAsync("--left", input, "--out", output));

        var pairs = Read(output);
        Assert.Contains(("P-1", "P-2"), pairs.Keys);
        Assert.Contains(("P-3", "P-4"), pairs.Keys);
        Assert.Contains(("P-7", "P-8"), pairs.Keys);
        Assert.DoesNotContain(("P-5", "P-6"), pairs.Keys);
        Assert.DoesNotContain(pairs.Keys, p => p.Left == "P-1" && p.Right is "P-3" or "P-5" or "P-7");
        // Each unordered pair once, never a record with itself.
        Assert.DoesNotContain(pairs.Keys, p => pairs.ContainsKey((p.Right, p.Left)) || p.Left == p.Right);
        Assert.All(pairs.Values, v => Assert.InRange(v.Score, Linkage.DefaultThreshold, 1));
        Assert.Contains("national_number agrees", pairs[("P-7", "P-8")].Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_LinksFebrlLeftToRight_EvenWithCorruptedNames_AndKeepsDifferentPersonsApart()
    {
        var left = Write("a.csv", FebrlHeader +
            "rec-1-org, mitchell, green, 7, wallaby place, delmar, cleveland, 2119, sa, 19560409, 1804974\n" +
            "rec-2-org, harley, mccarthy, 177, pridham street, milton, marsden, 3165, nsw, 19080419, 6089216\n" +
            "rec-3-org, madeline, mason, 54, hoseason street, lakefront retrmnt vlge, granville, 4881, nsw, 19081128, 2185997\n" +
            "rec-4-org, isabelle, white, 23, gundulu place, currin ga, utakarra, 2193, wa, 19921119, 4314184\n" +
            "rec-5-org, john, green, 12, darebin place, brinjarry, nyah west, 4567, sa, 19690221, 4951921\n");
        var right = Write("b.csv", FebrlHeader +
            "rec-2-dup-0, harley, mccarthy, 177, pridhamstreet, milton, marsden, 3165, nsw, 19080419, 6089216\n" +
            "rec-1-dup-0, mitchel, green, 7, wallaby pl, delmar, cleveland, 2119, sa, 19560409, 1804974\n" +
            "rec-3-dup-0, mdlnx, msxn, 54, hoseason street, lakefront retrmnt vlge, granville, 4881, nsw, 19081128, 2185997\n" +
            "rec-4-dup-0, , white, 23, gundulu place, currin ga, utakarra, 2193, wa, 19921319, 4314184\n" +
            "rec-9-org, mitchell, greenaway, 88, lyster place, , northwood, 2585, vic, 19980624, 4970481\n");
        var output = Path.Combine(folder, "linked.csv");

        Assert.Equal(0, await RunAsync("--left", left, "--right", right, "--out", output));

        var pairs = Read(output);
        // The four copies, including one whose names are beyond recognition and one with no given name and an impossible date.
        Assert.Equal(
            [("rec-1-org", "rec-1-dup-0"), ("rec-2-org", "rec-2-dup-0"), ("rec-3-org", "rec-3-dup-0"), ("rec-4-org", "rec-4-dup-0")],
            pairs.Keys.Order());
        Assert.Contains("soc_sec_id agrees", pairs[("rec-3-org", "rec-3-dup-0")].Reasons, StringComparison.Ordinal);
        Assert.True(pairs[("rec-1-org", "rec-1-dup-0")].Score > 0.99);
    }

    [Fact]
    public async Task Link_WritesEveryCandidateAtThresholdZero_BestFirstPerLeftRecord()
    {
        // Among 40 other persons, so that the file shows how rare a postcode or a street is.
        var input = Write("dups.csv", FebrlHeader +
            "rec-1-org, mitchell, green, 7, wallaby place, delmar, cleveland, 2119, sa, 19560409, 1804974\n" +
            "rec-1-dup-0, mitchel, green, 7, wallaby place, delmar, cleveland, 2119, sa, 19560409, 1804974\n" +
            Others(40) +
            "rec-1-dup-1, mitchell, grene, 9, wallaby place, delmar, cleveland, 2119, sa, 19560419, 1804947\n" +
            "rec-7-org, mitchell, greene, 42, kirby street, , dubbo, 2830, nsw, 19560409, 7311520\n");
        var output = Path.Combine(folder, "all.csv");

        Assert.Equal(0, await RunAsync("--left", input, "--out", output, "--threshold", "0"));

        var lines = File.ReadAllLines(output);
        Assert.Equal("left_id,right_id,score,reasons", lines[0]);
        var ordered = Rows(output);
        var first = ordered.Where(r => r.Left == "rec-1-org").ToList();
        // Its copies and its namesake born the same day are candidates (birth date, name keys); others may be too.
        Assert.Subset(first.Select(r => r.Right).ToHashSet(), new HashSet<string> { "rec-1-dup-0", "rec-1-dup-1", "rec-7-org" });
        Assert.Equal(first.Select(r => r.Score).OrderDescending(), first.Select(r => r.Score));
        Assert.Equal("rec-1-dup-0", first[0].Right);
        var rows = Read(output);
        // The namesake born the same day is a candidate (same birth date) but scores below the default threshold.
        Assert.True(rows[("rec-1-org", "rec-7-org")].Score < Linkage.DefaultThreshold);
        Assert.True(rows[("rec-1-org", "rec-1-dup-1")].Score >= Linkage.DefaultThreshold);
    }

    [Fact]
    public async Task Link_RefusesBadUsage_AndAnUnknownHeader()
    {
        var unknown = Write("other.csv", "id,name\n1,x\n");
        Assert.Equal(2, await RunAsync("--left", unknown));
        Assert.Equal(2, await RunAsync("--left", unknown, "--out", Path.Combine(folder, "x.csv"), "--threshold", "2"));
        Assert.Equal(1, await RunAsync("--left", unknown, "--out", Path.Combine(folder, "x.csv")));
        Assert.Equal(1, await RunAsync("--left", Path.Combine(folder, "missing.csv"), "--out", Path.Combine(folder, "x.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "x.csv")));
    }

    [Theory]
    [InlineData("19560409", "1956-04-09")]
    [InlineData("19561309", null)]
    [InlineData("19560230", null)]
    [InlineData("", null)]
    [InlineData("1956040", null)]
    public void FebrlDates_AreYearMonthDay_AndCorruptedOnesUnknown(string text, string? expected) =>
        Assert.Equal(expected, Linkage.FebrlDate(text)?.ToString());

    [Fact]
    public void Read_TellsTheFormatsApartByTheirHeader()
    {
        Assert.Equal(LinkFormat.Febrl, Linkage.Read(new StringReader(FebrlHeader)).Format);
        var import = Linkage.Read(new StringReader(ImportHeader + "X-1,Peeters,Jan,M,1980-01-20,BE,Gent,85073003328,\n"));
        Assert.Equal(LinkFormat.Import, import.Format);
        var record = Assert.Single(import.Records).Record;
        Assert.Equal("85073003328", record.Attributes!["national_number"]);
        Assert.Equal("Gent", record.Attributes["birth_place"]);
        Assert.Equal("X-1", record.Attributes["external_id"]);
        Assert.Equal(["BE"], record.Nationalities);
        Assert.Equal(string.Join(',', PersonImport.Header), ImportHeader.TrimEnd('\n'));
    }

    /// <summary>Distinct persons (rec-100-org…) sharing nothing with the persons of the tests.</summary>
    private static string Others(int count)
    {
        string[] given = ["olivia", "jack", "chloe", "thomas", "ruby", "lachlan", "emily", "liam", "grace", "noah"];
        string[] surnames = ["smith", "brown", "wilson", "taylor", "johnson", "martin", "anderson", "thompson", "walker", "harris", "young"];
        string[] streets = ["acacia", "banksia", "coral", "dunlop", "eyre", "flinders", "gawler", "hindley", "jetty", "kintore", "light", "murray", "nile"];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
            sb.Append(CultureInfo.InvariantCulture,
                $"rec-{100 + i}-org, {given[i % given.Length]}, {surnames[i % surnames.Length]}, {i + 1}, {streets[i % streets.Length]} street, , suburb{i % 17}, {3000 + (i * 7)}, vic, {1930 + i}{1 + (i % 12):00}{1 + (i % 28):00}, {5000000 + (i * 7919)}\n");
        return sb.ToString();
    }

    /// <summary>The real verb, as <c>dotnet run -- link …</c> runs it (the host is built; the database is never opened).</summary>
    private async Task<int> RunAsync(params string[] args)
    {
        var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        try
        {
            await using var cli = MigrationTests.BuildCli(database, migrate: false);
            var code = await Cli.CommandLine.RunAsync(cli, "link", args);
            Assert.False(File.Exists(Path.Combine(database.Folder, "itinera.db")));
            return code;
        }
        finally
        {
            database.Cleanup();
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static Dictionary<(string Left, string Right), (double Score, string Reasons)> Read(string path) =>
        Rows(path).ToDictionary(r => (r.Left, r.Right), r => (r.Score, r.Reasons));

    /// <summary>The output rows in file order.</summary>
    private static List<(string Left, string Right, double Score, string Reasons)> Rows(string path)
    {
        using var reader = new StreamReader(path);
        return Csv.Read(reader).Skip(1).Select(r => (r.Fields[0], r.Fields[1], double.Parse(r.Fields[2], CultureInfo.InvariantCulture), r.Fields[3])).ToList();
    }
}
