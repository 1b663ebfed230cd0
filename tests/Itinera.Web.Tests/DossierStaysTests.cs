using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Itinera.Domain.Stay;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

/// <summary>Issue 4, item 4: stays recorded on a dossier and the 90/180-day rule on them, on SQLite and PostgreSQL.</summary>
public sealed class DossierStaysTests(Apps apps) : IClassFixture<Apps>
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, string number, object stay) =>
        client.PostAsJsonAsync($"/api/dossiers/{number}/stays", stay);

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await TestData.BodyAsync(response);
        Assert.Equal("urn:itinera:problem:validation", (string?)body["type"]);
        return body["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
    }

    [Theory, SqliteData, PostgresData]
    public async Task RecordedStays_BumpTheVersion_WithTimelineAndAudit_AndTheDossierAnswerIsTheRule(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Stay);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Stay"));
        long after;
        await using (var scope = app.Scope())
            after = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.MaxAsync(a => (long?)a.Sequence) ?? 0;

        // 31 days in January and 60 days from 1 March to 29 April: 91 days in the window ending on 29 April.
        var first = await RecordAsync(officer, number, new { entry = "2026-01-01", exit = "2026-01-31", source = "EntryExitStamp" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        Assert.Equal($"/api/dossiers/{number}/stays", first.Headers.Location?.OriginalString);
        var stay = await TestData.BodyAsync(first);
        Assert.Equal("2026-01-01", (string?)stay["entry"]);
        Assert.Equal("2026-01-31", (string?)stay["exit"]);
        Assert.Equal("EntryExitStamp", (string?)stay["source"]);
        var second = await RecordAsync(officer, number, new { entry = "2026-03-01", exit = "2026-04-29", source = "ees", note = "EES record" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("\"3\"", second.Headers.ETag?.Tag);
        Assert.Equal("Ees", (string?)(await TestData.BodyAsync(second))["source"]);

        var list = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{number}/stays"));
        Assert.Equal(["2026-01-01", "2026-03-01"], list.Select(s => (string?)s!["entry"]));
        Assert.Equal("EES record", (string?)list[1]!["note"]);

        var response = await officer.GetAsync($"/api/dossiers/{number}/schengen?controlDate=2026-04-29");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await TestData.BodyAsync(response);
        Assert.Equal(91, (int)answer["daysUsed"]!);
        Assert.Equal(0, (int)answer["daysRemaining"]!);
        Assert.Equal(1, (int)answer["overstayDays"]!);
        Assert.Equal("2026-04-28", (string?)answer["latestLegalExit"]);
        Assert.Equal("2026-04-29", (string?)answer["controlDate"]);
        Assert.Equal("2025-11-01", (string?)answer["windowStart"]);
        Assert.Equal([31, 60], answer["stays"]!.AsArray().Select(s => (int)s!["daysInWindow"]!));

        // The same as the rule itself, and as the stateless calculator given the same stays.
        var rule = SchengenCalculator.Assess([new ShortStay(D("2026-01-01"), D("2026-01-31")), new ShortStay(D("2026-03-01"), D("2026-04-29"))], D("2026-04-29"));
        Assert.True(rule.TryGetValue(out var expected, out _));
        Assert.Equal(expected.DaysUsed, (int)answer["daysUsed"]!);
        Assert.Equal(expected.OverstayDays, (int)answer["overstayDays"]!);
        var calculator = await TestData.BodyAsync(await officer.PostAsJsonAsync("/api/stay/schengen-calculator", new
        {
            stays = new[] { new { entry = "2026-01-01", exit = "2026-01-31" }, new { entry = "2026-03-01", exit = "2026-04-29" } },
            controlDate = "2026-04-29",
        }));
        foreach (var (key, value) in calculator)
            Assert.Equal(value?.ToJsonString(), answer[key]?.ToJsonString());

        // An earlier control date leaves out the stays that began after it; a planned entry is answered as by the calculator.
        var early = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{number}/schengen?controlDate=2026-02-15&plannedEntry=2026-02-20"));
        Assert.Equal(31, (int)early["daysUsed"]!);
        Assert.Single(early["stays"]!.AsArray());
        Assert.Null(early["latestLegalExit"]);
        Assert.Equal(59, (int)early["plannedStay"]!["daysAvailable"]!);

        // Without a control date: today. Invalid query values name their field.
        var today = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{number}/schengen"));
        Assert.Equal(2, today["stays"]!.AsArray().Count);
        Assert.Equal(["controlDate", "plannedEntry"], await ErrorFieldsAsync(await officer.GetAsync($"/api/dossiers/{number}/schengen?controlDate=29/04/2026&plannedEntry=x")));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/dossiers/2026-999999-00/schengen")).StatusCode);

        var timeline = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{number}/timeline"));
        Assert.Equal(["stay.recorded", "stay.recorded", "dossier.opened"], timeline.Select(e => (string?)e!["type"]));
        Assert.Equal(["stays"], timeline[0]!["fields"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(3, (int)timeline[0]!["version"]!);

        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
                .Where(a => a.Sequence > after && a.ObjectType == "dossier" && a.ObjectId == number).ToListAsync();
            Assert.Equal(2, rows.Count(r => r.Action == AuditAction.Update && r.Detail == "stay recorded"));
            Assert.Contains(rows, r => r.Action == AuditAction.Read && r.Detail == "schengen 90/180" && r.Outcome == AuditOutcome.Success);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task InvalidOrOverlappingStays_AreRefused_NamingTheField_AndChangeNothing(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Ovl"));
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, number, new { entry = "2026-01-10", exit = "2026-01-20", source = "Declared" })).StatusCode);

        // Leaving and entering again on the same day is one stay: the second entry overlaps.
        var sameDay = await RecordAsync(officer, number, new { entry = "2026-01-20", exit = "2026-01-25", source = "Declared" });
        Assert.Equal(["entry"], await ErrorFieldsAsync(sameDay));
        Assert.Contains("2026-01-10", (string)(await TestData.BodyAsync(await RecordAsync(officer, number, new { entry = "2026-01-15", source = "Police" })))["errors"]!["entry"]![0]!, StringComparison.Ordinal);
        // A stay entering before and running into the recorded one: its exit is wrong.
        Assert.Equal(["exit"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = "2026-01-01", exit = "2026-01-10", source = "Declared" })));
        Assert.Equal(["exit"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = "2025-12-01", exit = "2026-02-01", source = "Declared" })));

        Assert.Equal(["exit"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = "2026-03-10", exit = "2026-03-01", source = "Declared" })));
        var future = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(["entry", "exit"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = future, exit = future, source = "Declared" })));
        Assert.Equal(["entry", "exit", "note", "source"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = "", exit = "2026-13-01", source = "Stamp", note = new string('n', 501) })));
        Assert.Equal(["entry", "source"], await ErrorFieldsAsync(await officer.PostAsJsonAsync($"/api/dossiers/{number}/stays", new { })));

        // A stay with no exit (still present) overlaps every later one.
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, number, new { entry = "2026-05-01", source = "Vis" })).StatusCode);
        Assert.Equal(["entry"], await ErrorFieldsAsync(await RecordAsync(officer, number, new { entry = "2026-06-01", exit = "2026-06-05", source = "Vis" })));

        var stays = await officer.GetAsync($"/api/dossiers/{number}/stays");
        Assert.Equal("\"3\"", stays.Headers.ETag?.Tag);
        Assert.Equal(2, (await TestData.ArrayAsync(stays)).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await RecordAsync(officer, "2026-999999-00", new { entry = "2026-01-10", source = "Declared" })).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task MergedDossier_RefusesNewStays_ButStillAnswersTheRule(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Registration);
        var supervisor = await app.ClientAsync(Roles.Supervisor);
        var survivor = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Kept"));
        var absorbed = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Gone"));
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, absorbed, new { entry = "2026-02-01", exit = "2026-02-10", source = "Police" })).StatusCode);

        var propose = await officer.PostAsJsonAsync("/api/merges", new { survivor, absorbed, reason = "same fingerprints" });
        Assert.Equal(HttpStatusCode.Created, propose.StatusCode);
        var id = (string)(await TestData.BodyAsync(propose))["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/merges/{id}/approve", new { })).StatusCode);

        var refused = await RecordAsync(officer, absorbed, new { entry = "2026-03-01", exit = "2026-03-05", source = "Police" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await TestData.BodyAsync(refused);
        Assert.Equal("urn:itinera:problem:dossier-merged", (string?)problem["type"]);
        Assert.Contains(survivor, (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Single(await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{absorbed}/stays")));

        var answer = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{absorbed}/schengen?controlDate=2026-03-01"));
        Assert.Equal(10, (int)answer["daysUsed"]!);
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, survivor, new { entry = "2026-03-01", exit = "2026-03-05", source = "Police" })).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DossierPage_ShowsTheStays_AndTheRuleForToday(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var token = await app.TokenAsync(Roles.Stay);
        var officer = app.ClientWithToken(token, "en");
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Page"));
        var entry = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, number, new { entry, source = "Ees" })).StatusCode);

        var page = await officer.GetAsync($"/Dossiers/{number}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Stays in the Schengen area", html, StringComparison.Ordinal);
        Assert.Contains(entry, html, StringComparison.Ordinal);
        Assert.Contains("EES (Entry/Exit System)", html, StringComparison.Ordinal);
        Assert.Matches(@"id=""stays-days-used""><span class=""value"">1[01]</span>", html);
        Assert.Contains("id=\"stays-latest-legal-exit\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Stays[0].Entry\" value=\"" + entry + "\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Dossiers/" + number + "?handler=Stay\"", html, StringComparison.Ordinal);
    }
}
