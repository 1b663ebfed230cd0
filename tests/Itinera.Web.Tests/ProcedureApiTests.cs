using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

/// <summary>Issue 4 through the API on SQLite and PostgreSQL: a family reunification from lodging to the appeal window.</summary>
public sealed class ProcedureApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] AllButKinship =
        ["travel-document", "sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance", "criminal-record-extract", "medical-certificate"];

    private static async Task<(HttpResponseMessage Response, JsonObject Body)> ActAsync(HttpClient client, string id, int version, object step)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/procedures/{id}/actions") { Content = JsonContent.Create(step) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        var response = await client.SendAsync(request);
        return (response, await TestData.BodyAsync(response));
    }

    [Theory, SqliteData, PostgresData]
    public async Task FamilyReunification_Incomplete_Completed_ProposedAndValidatedByAnotherSupervisor_NotifiedWithAppealWindow(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Stay);
        var supervisor = await app.ClientAsync(Roles.Supervisor);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Fam"));

        var lodge = await officer.PostAsJsonAsync($"/api/dossiers/{number}/procedures", new { type = "stay.family-reunification", documents = AllButKinship });
        Assert.Equal(HttpStatusCode.Created, lodge.StatusCode);
        var p = await TestData.BodyAsync(lodge);
        var id = (string)p["id"]!;
        Assert.Equal("Lodged", (string?)p["state"]);
        Assert.Equal(["proof-of-kinship"], p["missing"]!.AsArray().Select(x => (string?)x));

        // Incomplete: the notice is a letter in the dossier's register; the 9 months have not started.
        var (r, body) = await ActAsync(officer, id, (int)p["version"]!, new { trigger = "mark-incomplete" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("Incomplete", (string?)body["state"]);
        Assert.DoesNotContain(body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        Assert.NotEmpty(body["letters"]!.AsArray());

        // A stale version changes nothing.
        var (stale, _) = await ActAsync(officer, id, 1, new { trigger = "complete", documents = new[] { "proof-of-kinship" } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "complete", documents = new[] { "proof-of-kinship" } });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var decision = body["deadlines"]!.AsArray().Single(d => (string?)d!["kind"] == "decision")!;
        var completedOn = DateOnly.Parse((string)body["history"]!.AsArray().Last()!["on"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(completedOn.AddMonths(9), DateOnly.Parse((string)decision["dueDate"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("10ter", (string)decision["legalBasis"]!, StringComparison.Ordinal);
        Assert.Equal("VisaGranted", (string?)decision["consequence"]);

        // Proposing without reasons for a refusal is refused by the rule; an invalid step is a typed error.
        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "assign", officer = "someone" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "start-examination" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var (bad, problem) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "notify", channel = "ThroughDiplomaticPost" });
        Assert.Equal(HttpStatusCode.Conflict, bad.StatusCode);
        Assert.StartsWith("urn:itinera:problem:procedure.", (string)problem["type"]!, StringComparison.Ordinal);
        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "propose", outcome = "Refused" });
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Equal("urn:itinera:problem:procedure.reasons-required", (string?)body["type"]);
        body = await TestData.BodyAsync(await officer.GetAsync($"/api/procedures/{id}"));
        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "propose", outcome = "Granted" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var version = (int)body["version"]!;

        // Four eyes: the proposer cannot validate (and a stay officer is no supervisor); a supervisor can.
        (r, _) = await ActAsync(officer, id, version, new { trigger = "validate" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        (r, body) = await ActAsync(supervisor, id, version, new { trigger = "validate" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("Decided", (string?)body["state"]);
        Assert.True(body["letters"]!.AsArray().Count >= 2);

        (r, body) = await ActAsync(officer, id, (int)body["version"]!, new { trigger = "notify", channel = "ThroughDiplomaticPost" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        // The dossier's timeline and register show it; the queue lists it for its service.
        var timeline = (await (await officer.GetAsync($"/api/dossiers/{number}/timeline")).Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Contains(timeline, e => (string?)e!["type"] == "procedure.validate");
        var dossier = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{number}"));
        var letter = dossier["documents"]!.AsArray().Last(d => (string?)d!["contentType"] == "text/html; charset=utf-8")!;
        var html = await officer.GetStringAsync($"/api/dossiers/{number}/documents/{(int)letter["sequence"]!}/content");
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Queue_ListsOpenProceduresByDeadline_AndBulkReassignNeedsAReasonAndASupervisor(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Stay);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Que"));
        var lodge = await TestData.BodyAsync(await officer.PostAsJsonAsync($"/api/dossiers/{number}/procedures", new { type = "stay.eu-family", documents = Array.Empty<string>() }));
        var id = (string)lodge["id"]!;

        var queue = (await (await officer.GetAsync("/api/queues?service=stay&withinDays=200")).Content.ReadFromJsonAsync<JsonArray>())!;
        var item = queue.Single(q => (string?)q!["id"] == id)!;
        Assert.Equal(number, (string?)item["dossierNumber"]);
        var dues = queue.Where(q => q!["dueDate"] is not null).Select(q => (string)q!["dueDate"]!).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/queues/reassign", new { procedures = new[] { id }, officer = "x", reason = "leave" })).StatusCode);
        var supervisor = await app.ClientAsync(Roles.Supervisor);
        var missingReason = await supervisor.PostAsJsonAsync("/api/queues/reassign", new { procedures = new[] { id }, officer = "nobody-such" });
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        var errors = (await TestData.BodyAsync(missingReason))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("reason"));
        Assert.True(errors.ContainsKey("officer"));
    }
}
