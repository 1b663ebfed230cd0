using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

/// <summary>
/// POST /api/stay/schengen-calculator: the 90/180 rule's examples end to end, the exact answer shape, every invalid field
/// named in the caller's language, and who may call it. The endpoint touches no database; the app still runs per
/// provider, like every other web test.
/// </summary>
public sealed class StayCalculatorTests(Apps apps) : IClassFixture<Apps>
{
    private const string Url = "/api/stay/schengen-calculator";

    private static object Stay(string entry, string? exit) => new { entry, exit };

    private static async Task<JsonObject> CalculateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Url, body);
        var json = await TestData.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    private static async Task<JsonObject> ProblemAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await TestData.BodyAsync(response);
        Assert.Equal("urn:itinera:problem:validation", (string?)json["type"]);
        Assert.All(json["errors"]!.AsObject(), e => Assert.NotEmpty(e.Value!.AsArray()));
        return json;
    }

    private static List<string> ErrorKeys(JsonObject problem) =>
        [.. problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)];

    [Theory, SqliteData, PostgresData]
    public async Task ExactlyNinetyDays_LeavesNoneRemaining_WithoutOverstay_AndTheAnswerHasExactlyTheDocumentedFields(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        // 1 January to 31 March 2025: 31 + 28 + 31 = 90 days, entry and exit days included.
        var body = await CalculateAsync(client, new { stays = new[] { Stay("2025-01-01", "2025-03-31") }, controlDate = "2025-04-10" });

        Assert.Equal(["daysRemaining", "daysUsed", "latestLegalExit", "overstayDays", "plannedStay"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(90, (int)body["daysUsed"]!);
        Assert.Equal(0, (int)body["daysRemaining"]!);
        Assert.Equal(0, (int)body["overstayDays"]!);
        Assert.Null(body["latestLegalExit"]); // no stay in progress on the control date
        Assert.Null(body["plannedStay"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task NinetyOneDays_IsOneDayOfOverstay(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        var body = await CalculateAsync(client, new { stays = new[] { Stay("2025-01-01", "2025-04-01") }, controlDate = "2025-04-05" });

        Assert.Equal(91, (int)body["daysUsed"]!);
        Assert.Equal(0, (int)body["daysRemaining"]!);
        Assert.Equal(1, (int)body["overstayDays"]!);
    }

    [Theory, SqliteData, PostgresData]
    public async Task StaysOlderThanTheWindow_DoNotCount_AndAStayAcrossItsStartCountsOnlyItsDaysInside(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        // Control 29 June 2025: the window is 1 January..29 June 2025 (180 days, both included).
        var body = await CalculateAsync(client, new
        {
            stays = new[] { Stay("2024-03-01", "2024-05-20"), Stay("2024-12-22", "2025-01-10") },
            controlDate = "2025-06-29",
        });

        Assert.Equal(10, (int)body["daysUsed"]!); // 1..10 January; the spring 2024 stay and the December days are outside
        Assert.Equal(80, (int)body["daysRemaining"]!);
        Assert.Equal(0, (int)body["overstayDays"]!);
    }

    [Theory, SqliteData, PostgresData]
    public async Task StayInProgress_GivesTheLatestLegalExit(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        var body = await CalculateAsync(client, new { stays = new[] { Stay("2025-03-01", null) }, controlDate = "2025-03-10" });

        Assert.Equal(10, (int)body["daysUsed"]!);
        Assert.Equal(80, (int)body["daysRemaining"]!);
        Assert.Equal("2025-05-29", (string?)body["latestLegalExit"]); // 1 March + 89 days: the 90th day

        // With 30 earlier days in the window, the same stay may last 60 days.
        var withEarlier = await CalculateAsync(client, new
        {
            stays = new[] { Stay("2025-01-01", "2025-01-30"), Stay("2025-03-01", null) },
            controlDate = "2025-03-10",
        });
        Assert.Equal(40, (int)withEarlier["daysUsed"]!);
        Assert.Equal("2025-04-29", (string?)withEarlier["latestLegalExit"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task PlannedEntry_SaysHowManyDaysAreAvailable_AndTheLatestExit(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        var body = await CalculateAsync(client, new
        {
            stays = new[] { Stay("2025-01-01", "2025-01-30") },
            controlDate = "2025-02-15",
            plannedEntry = "2025-03-01",
        });

        Assert.Equal(30, (int)body["daysUsed"]!);
        Assert.Null(body["latestLegalExit"]);
        var planned = body["plannedStay"]!.AsObject();
        Assert.Equal(["daysAvailable", "entry", "latestExit"], planned.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2025-03-01", (string?)planned["entry"]);
        Assert.Equal(60, (int)planned["daysAvailable"]!);
        Assert.Equal("2025-04-29", (string?)planned["latestExit"]);

        // No stay at all: a fresh 90 days.
        var fresh = await CalculateAsync(client, new { stays = Array.Empty<object>(), controlDate = "2025-02-15", plannedEntry = "2025-02-15" });
        Assert.Equal(0, (int)fresh["daysUsed"]!);
        Assert.Equal(90, (int)fresh["plannedStay"]!["daysAvailable"]!);
        Assert.Equal("2025-05-15", (string?)fresh["plannedStay"]!["latestExit"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task InvalidInput_NamesEveryInvalidField(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);
        var problem = await ProblemAsync(client, new
        {
            stays = new object?[] { Stay("2025-01-01", "2025-13-01"), Stay("", null), Stay("2025-02-10", "2025-02-01"), null, new { entry = "10/03/2025" } },
            controlDate = "yesterday",
            plannedEntry = "2025-02-30",
        });
        Assert.Equal(["controlDate", "plannedEntry", "stays[0].exit", "stays[1].entry", "stays[2].exit", "stays[3]", "stays[4].entry"], ErrorKeys(problem));

        Assert.Equal(["controlDate", "stays"], ErrorKeys(await ProblemAsync(client, new { })));
    }

    [Theory, SqliteData, PostgresData]
    public async Task DomainErrors_NameTheirField(Provider provider)
    {
        var client = await (await apps.GetAsync(provider)).ClientAsync(Roles.Stay);

        var overlap = await ProblemAsync(client, new { stays = new[] { Stay("2025-02-01", "2025-02-10"), Stay("2025-01-01", "2025-02-01") }, controlDate = "2025-03-01" });
        Assert.Equal(["stays[0].entry"], ErrorKeys(overlap)); // the stay entering second, on the other one's last day
        Assert.Contains("2025-01-01", (string)overlap["errors"]!["stays[0].entry"]![0]!, StringComparison.Ordinal);

        var future = await ProblemAsync(client, new { stays = new[] { Stay("2025-01-01", "2025-01-05"), Stay("2025-04-01", null) }, controlDate = "2025-03-01" });
        Assert.Equal(["stays[1].entry"], ErrorKeys(future));

        var before = await ProblemAsync(client, new { stays = Array.Empty<object>(), controlDate = "2025-03-01", plannedEntry = "2025-02-01" });
        Assert.Equal(["plannedEntry"], ErrorKeys(before));

        var present = await ProblemAsync(client, new { stays = new[] { Stay("2025-02-20", null) }, controlDate = "2025-03-01", plannedEntry = "2025-03-05" });
        Assert.Equal(["plannedEntry"], ErrorKeys(present));

        var backwards = await ProblemAsync(client, new { stays = new[] { Stay("2025-02-20", "2025-02-19") }, controlDate = "2025-03-01" });
        Assert.Equal(["stays[0].exit"], ErrorKeys(backwards));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Messages_FollowAcceptLanguage(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var token = await app.TokenAsync(Roles.Stay);
        var seen = new Dictionary<string, string>();
        foreach (var language in new[] { "fr", "nl", "en" })
        {
            var problem = await ProblemAsync(app.ClientWithToken(token, language), new { stays = new[] { Stay("2025-04-01", null) }, controlDate = "2025-03-01" });
            seen[language] = (string)problem["title"]! + " " + (string)problem["errors"]!["stays[0].entry"]![0]!;
        }
        Assert.Equal(3, seen.Values.Distinct().Count());
        Assert.Contains("control date", seen["en"], StringComparison.Ordinal);
        Assert.Contains("controledatum", seen["nl"], StringComparison.Ordinal);
        Assert.Contains("date de contrôle", seen["fr"], StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Anonymous_Gets401_PartnersOtherThanPolice_Get403_OfficersAndPolice_Get200(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var body = new { stays = new[] { Stay("2025-01-01", "2025-01-10") }, controlDate = "2025-02-01" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PostAsJsonAsync(Url, body)).StatusCode);
        foreach (var role in new[] { Roles.PartnerCgra, Roles.PartnerMunicipality, Roles.Auditor })
            Assert.True(HttpStatusCode.Forbidden == (await (await app.ClientAsync(role)).PostAsJsonAsync(Url, body)).StatusCode, role);
        foreach (var role in new[] { Roles.Stay, Roles.Enforcement, Roles.PartnerPolice })
            Assert.True(HttpStatusCode.OK == (await (await app.ClientAsync(role)).PostAsJsonAsync(Url, body)).StatusCode, role);
    }
}
