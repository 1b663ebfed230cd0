using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

/// <summary>Issue 3 through the HTTP API, on SQLite and PostgreSQL: search, duplicate warning, review queue, merge and unmerge.</summary>
public sealed class IdentityApiTests(Apps apps) : IClassFixture<Apps>
{
    private static object Person(string surname, string given, string birthDate, string nationality = "SY", string sex = "M", string? script = null) =>
        new { surname, givenNames = given, sex, birthDate, nationalities = new[] { nationality }, originalScriptName = script };

    private static async Task<string> OpenAsync(HttpClient client, object person, bool confirm = false)
    {
        var r = await client.PostAsJsonAsync("/api/dossiers", new { person, language = "fr", confirmDifferentPerson = confirm });
        var body = await TestData.BodyAsync(r);
        if (r.StatusCode != HttpStatusCode.Created) throw new Xunit.Sdk.XunitException($"open failed {r.StatusCode}: {body}");
        return (string)body["number"]!;
    }

    private static async Task<JsonArray> SearchAsync(HttpClient client, string query)
    {
        var r = await client.GetAsync("/api/persons/search?" + query);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await TestData.BodyAsync(r))["results"]!.AsArray();
    }

    /// <summary>A surname no other test uses, that still reads as a name (letters only, vowels between consonants).</summary>
    private static string Rare()
    {
        var c = "bdfgklmnprstvz";
        var v = "aeiou";
        var rnd = Random.Shared;
        return string.Concat(Enumerable.Range(0, 5).Select(i => $"{c[rnd.Next(c.Length)]}{v[rnd.Next(v.Length)]}")).ToUpperInvariant()[..1]
               + string.Concat(Enumerable.Range(0, 5).Select(i => $"{c[rnd.Next(c.Length)]}{v[rnd.Next(v.Length)]}"))[1..];
    }

    [Theory, SqliteData, PostgresData]
    public async Task Search_FindsArabicScriptAndOtherSpellings_BestFirst_WithScoreAndReasons(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var family = Rare();
        var number = await OpenAsync(client, Person(family, "Mohammed Abdelrahman", "1990-03-12"));

        // Another spelling, the name order swapped, the birth date with day and month swapped.
        var results = await SearchAsync(client, $"name={Uri.EscapeDataString("Abdurrahman Muhammad " + family.ToLowerInvariant())}&birthDate=1990-12-03");
        var first = results[0]!;
        Assert.Equal(number, (string?)first["dossierNumber"]);
        var score = (double)first["score"]!;
        Assert.InRange(score, 0.0, 1.0);
        Assert.True(score >= 0.75, $"score {score}");
        var reasons = first["reasons"]!.AsArray();
        Assert.Contains(reasons, r => (string?)r!["kind"] == "name" && (string?)r["agreement"] == "spelling");
        Assert.Contains(reasons, r => (string?)r!["kind"] == "birthDate" && (string?)r["agreement"] == "dayMonthSwapped");
        Assert.True(first["personId"] is not null && first.AsObject().ContainsKey("externalId"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Search_WithoutName_Is400NamingTheField_AndABadDateToo(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var r = await client.GetAsync("/api/persons/search?birthDate=1990-13&sex=X&limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var errors = (await TestData.BodyAsync(r))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name"));
        Assert.True(errors.ContainsKey("birthDate"));
        Assert.True(errors.ContainsKey("sex"));
        Assert.True(errors.ContainsKey("limit"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task OpeningADossierForSomeoneAlreadyRegistered_Is409WithTheCandidates_UntilConfirmedDifferent(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var family = Rare();
        var existing = await OpenAsync(client, Person(family, "Tesfaye", "1988-05-01", "ER"));

        var second = Person(family, "Tesfay", "1988", "ER");
        var r = await client.PostAsJsonAsync("/api/dossiers", new { person = second, language = "fr" });
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var problem = await TestData.BodyAsync(r);
        Assert.Equal("urn:itinera:problem:possible-duplicate", (string?)problem["type"]);
        Assert.Contains(problem["candidates"]!.AsArray(), c => (string?)c!["dossierNumber"] == existing);
        // Nothing was created.
        Assert.Single(await SearchAsync(client, $"name={family}"));

        var created = await OpenAsync(client, second, confirm: true);
        Assert.NotEqual(existing, created);
        // The judgement is remembered: the scan does not propose this pair.
        var scan = await client.PostAsync("/api/duplicates/scan", null);
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        var open = await (await client.GetAsync("/api/duplicates?status=Open&limit=500")).Content.ReadFromJsonAsync<JsonArray>();
        Assert.DoesNotContain(open!, p => Involves(p!, existing) && Involves(p!, created));
    }

    private static bool Involves(JsonNode pair, string number) =>
        (string?)pair["a"]?["dossierNumber"] == number || (string?)pair["b"]?["dossierNumber"] == number;

    [Theory, SqliteData, PostgresData]
    public async Task Scan_ProposesAPairOnce_AndDifferentPersonsIsNeverProposedAgain(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var family = Rare();
        var a = await OpenAsync(client, Person(family, "Youssef", "1979-02-14", "MA"));
        var b = await OpenAsync(client, Person(family, "Yusuf", "1979-02-14", "MA"), confirm: true);
        // Confirming at registration already recorded this pair as different persons; a third, imported later, is new.
        var c = await OpenAsync(client, Person(family + "e", "Youssef", "1979-02-14", "MA"), confirm: true);
        Assert.NotNull(c);

        await client.PostAsync("/api/duplicates/scan", null);
        var open = (await (await client.GetAsync("/api/duplicates?status=Open&limit=500")).Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.DoesNotContain(open, p => Involves(p!, a) && Involves(p!, b));
        _ = open;
    }

    [Theory, SqliteData, PostgresData]
    public async Task Merge_NeedsASecondOfficerWithSupervisorRole_KeepsIdentitiesAsAliases_AndUnmergeRestores(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Registration);
        var supervisor = await app.ClientAsync(Roles.Supervisor);
        var family = Rare();
        var survivor = await OpenAsync(officer, Person(family, "Ahmad", "1985-06-20", "AF"));
        var absorbedFamily = Rare();
        var absorbed = await OpenAsync(officer, Person(absorbedFamily, "Ahmad", "1985-06-20", "AF"));

        var propose = await officer.PostAsJsonAsync("/api/merges", new { survivor, absorbed, reason = "same fingerprints (Eurodac hit)" });
        Assert.Equal(HttpStatusCode.Created, propose.StatusCode);
        var requestId = (string)(await TestData.BodyAsync(propose))["id"]!;

        // The proposer cannot approve, even with a token; a registration officer has no right to.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/merges/{requestId}/approve", new { })).StatusCode);
        var selfApproving = await app.ClientAsync(Roles.Registration, Roles.Supervisor);
        var own = await selfApproving.PostAsJsonAsync("/api/merges", new { survivor = absorbed, absorbed = survivor, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode); // a merge of these dossiers is already awaiting approval

        var approve = await supervisor.PostAsJsonAsync($"/api/merges/{requestId}/approve", new { note = "checked" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);

        // The absorbed identity is an alias of the survivor; searching the absorbed name finds the survivor only.
        var hits = await SearchAsync(officer, $"name={absorbedFamily}&birthDate=1985-06-20");
        Assert.Equal(survivor, (string?)hits[0]!["dossierNumber"]);
        Assert.DoesNotContain(hits, h => (string?)h!["dossierNumber"] == absorbed);
        var timeline = (await (await officer.GetAsync($"/api/dossiers/{survivor}/timeline")).Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Contains(timeline, e => (string?)e!["type"] == "dossier.merged");
        Assert.Contains(timeline, e => (string?)e!["type"] == "dossier.opened" && (string?)e["origin"] == absorbed);
        // The merged dossier takes no more changes.
        var get = await officer.GetAsync($"/api/dossiers/{absorbed}");
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/dossiers/{absorbed}/person") { Content = JsonContent.Create(Person(absorbedFamily, "Ahmad", "1985-06-20", "AF")) };
        edit.Headers.IfMatch.Add(new EntityTagHeaderValue(get.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.SendAsync(edit)).StatusCode);

        // Something recorded on the survivor since the merge, that belongs to the absorbed person.
        var alias = await officer.PostAsJsonAsync($"/api/dossiers/{survivor}/aliases",
            new { surname = absorbedFamily, givenNames = "Ahmed", source = "Police", recordedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        var aliasId = (string)(await TestData.BodyAsync(alias))["person"]!["aliases"]!.AsArray().Last(a => (string?)a!["surname"] == absorbedFamily && (string?)a["source"] == "Police")!["id"]!;

        var unmerge = await officer.PostAsJsonAsync("/api/merges/unmerge", new { dossier = absorbed, reason = "fingerprints belonged to a brother", moveToRestored = new { aliases = new[] { aliasId } } });
        Assert.Equal(HttpStatusCode.Created, unmerge.StatusCode);
        var unmergeId = (string)(await TestData.BodyAsync(unmerge))["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/merges/{unmergeId}/approve", new { })).StatusCode);

        var restored = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{absorbed}"));
        Assert.Equal("Open", (string?)restored["status"]);
        Assert.Contains(restored["person"]!["aliases"]!.AsArray(), a => (string?)a!["id"] == aliasId);
        var kept = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{survivor}"));
        Assert.DoesNotContain(kept["person"]!["aliases"]!.AsArray(), a => (string?)a!["surname"] == absorbedFamily);
        var after = await SearchAsync(officer, $"name={absorbedFamily}&birthDate=1985-06-20");
        Assert.Equal(absorbed, (string?)after[0]!["dossierNumber"]);
    }
}
