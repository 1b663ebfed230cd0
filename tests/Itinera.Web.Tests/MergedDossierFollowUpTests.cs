using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

/// <summary>
/// What a merge carries over besides identities and the timeline, on SQLite and PostgreSQL: the stays recorded on the
/// absorbed dossier count in the survivor's 90/180 rule (a day recorded on both once), an unmerge gives back the stays
/// recorded since the merge, and the absorbed dossier's procedures continue in the survivor.
/// Dates: a control date of 2026-11-30 has the window 2026-06-04 (control − 179 days) to 2026-11-30; entry and exit days count.
/// </summary>
public sealed class MergedDossierFollowUpTests(Apps apps) : IClassFixture<Apps>
{
    private const string Control = "2026-11-30";

    private static readonly string[] AllButKinship =
        ["travel-document", "sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance", "criminal-record-extract", "medical-certificate"];

    /// <summary>A new dossier; the two dossiers of a test are one person for the merge, so a likely match is confirmed different here.</summary>
    /// <summary>The app on <paramref name="provider"/>, an officer who registers and proposes, and a supervisor who approves.</summary>
    private async Task<(ItineraFactory App, HttpClient Officer, HttpClient Supervisor)> PeopleAsync(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        return (app, await app.ClientAsync(Roles.Registration), await app.ClientAsync(Roles.Supervisor));
    }

    private static async Task<string> OpenAsync(HttpClient client, string prefix)
    {
        var r = await client.PostAsJsonAsync("/api/dossiers", new { person = TestData.Person(TestData.UniqueName(prefix)), language = "fr", confirmDifferentPerson = true });
        var body = await TestData.BodyAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.StatusCode}: {body}");
        return (string)body["number"]!;
    }

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, string number, object stay) =>
        client.PostAsJsonAsync($"/api/dossiers/{number}/stays", stay);

    private static async Task<string> RecordIdAsync(HttpClient client, string number, string entry, string? exit)
    {
        var response = await RecordAsync(client, number, new { entry, exit, source = "EntryExitStamp" });
        var body = await TestData.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return (string)body["id"]!;
    }

    private static async Task<JsonObject> SchengenAsync(HttpClient client, string number, string controlDate = Control)
    {
        var response = await client.GetAsync($"/api/dossiers/{number}/schengen?controlDate={controlDate}");
        var body = await TestData.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return body;
    }

    private static async Task<int> DaysUsedAsync(HttpClient client, string number) => (int)(await SchengenAsync(client, number))["daysUsed"]!;

    /// <summary>Proposed by the officer, approved by another officer with the supervisor role.</summary>
    private static async Task MergeAsync(HttpClient officer, HttpClient supervisor, string survivor, string absorbed)
    {
        var propose = await officer.PostAsJsonAsync("/api/merges", new { survivor, absorbed, reason = "same fingerprints (Eurodac hit)" });
        Assert.Equal(HttpStatusCode.Created, propose.StatusCode);
        var id = (string)(await TestData.BodyAsync(propose))["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/merges/{id}/approve", new { note = "checked" })).StatusCode);
    }

    private static async Task<JsonArray> TimelineAsync(HttpClient client, string number) =>
        (await (await client.GetAsync($"/api/dossiers/{number}/timeline")).Content.ReadFromJsonAsync<JsonArray>())!;

    [Theory, SqliteData, PostgresData]
    public async Task AfterAMerge_TheSurvivorsNinetyOneEightyRule_CountsTheAbsorbedDossiersStays_AndItsLatestLegalExitMovesEarlier(Provider provider)
    {
        var (_, officer, supervisor) = await PeopleAsync(provider);
        var survivor = await OpenAsync(officer, "Kept");
        var absorbed = await OpenAsync(officer, "Gone");
        // Survivor: 10 days (1–10 September) and a stay in progress since 21 November. Absorbed: 10 days (1–10 October).
        await RecordIdAsync(officer, survivor, "2026-09-01", "2026-09-10");
        await RecordIdAsync(officer, survivor, "2026-11-21", null);
        await RecordIdAsync(officer, absorbed, "2026-10-01", "2026-10-10");

        // Before: 10 + 10 (21–30 November) = 20 days. Latest legal exit: 10 + n > 90 first at n = 81 days of the current
        // stay (10 in November, 31 in December, 31 in January, 9 in February): 9 February breaks it, so 8 February.
        var before = await SchengenAsync(officer, survivor);
        Assert.Equal(20, (int)before["daysUsed"]!);
        Assert.Equal("2027-02-08", (string?)before["latestLegalExit"]);

        await MergeAsync(officer, supervisor, survivor, absorbed);

        // After: 10 + 10 + 10 = 30 days, 60 remaining. Latest legal exit: 20 + n > 90 first at n = 71 (10 + 31 + 30):
        // 30 January breaks it, so 29 January. Every window ending by then still holds 1 September (its start is 2026-08-04 at the latest).
        var after = await SchengenAsync(officer, survivor);
        Assert.Equal(30, (int)after["daysUsed"]!);
        Assert.Equal(60, (int)after["daysRemaining"]!);
        Assert.Equal(0, (int)after["overstayDays"]!);
        Assert.Equal("2027-01-29", (string?)after["latestLegalExit"]);
        var used = after["stays"]!.AsArray();
        Assert.Equal(3, used.Count);
        Assert.Equal(absorbed, (string?)used.Single(s => (string?)s!["entry"] == "2026-10-01")!["dossierNumber"]);
        Assert.Equal(10, (int)used.Single(s => (string?)s!["entry"] == "2026-10-01")!["daysInWindow"]!);

        // The list says which dossier each stay was recorded on.
        var list = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/stays"));
        Assert.Equal(["2026-09-01", "2026-10-01", "2026-11-21"], list.Select(s => (string?)s!["entry"]));
        Assert.Equal([survivor, absorbed, survivor], list.Select(s => (string?)s!["dossierNumber"]));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AfterTwoMerges_TheSurvivorCountsTheStaysOfADossierMergedIntoTheAbsorbedOneBefore(Provider provider)
    {
        var (_, officer, supervisor) = await PeopleAsync(provider);
        var a = await OpenAsync(officer, "Aaa");
        var b = await OpenAsync(officer, "Bbb");
        var c = await OpenAsync(officer, "Ccc");
        await RecordIdAsync(officer, a, "2026-07-01", "2026-07-05"); // 5 days
        await RecordIdAsync(officer, b, "2026-08-01", "2026-08-10"); // 10 days
        await RecordIdAsync(officer, c, "2026-09-01", "2026-09-20"); // 20 days

        await MergeAsync(officer, supervisor, b, c);
        Assert.Equal(10 + 20, await DaysUsedAsync(officer, b));
        await MergeAsync(officer, supervisor, a, b);
        Assert.Equal(5 + 10 + 20, await DaysUsedAsync(officer, a));

        var list = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{a}/stays"));
        Assert.Equal([a, b, c], list.Select(s => (string?)s!["dossierNumber"]));
        // A new stay on the survivor overlapping the stay of the dossier merged two steps away is refused too.
        Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(officer, a, new { entry = "2026-09-20", exit = "2026-09-22", source = "Declared" })).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TheSameTripRecordedOnBothDossiers_CountsOnceAfterTheMerge_AndTheCalculatorFormGetsEachDayOnce(Provider provider)
    {
        var (app, officer, supervisor) = await PeopleAsync(provider);
        var survivor = await OpenAsync(officer, "Kept");
        var absorbed = await OpenAsync(officer, "Gone");
        // One trip of 1–14 October seen twice: 1–10 on the survivor, 5–14 on the absorbed dossier (6 days shared).
        await RecordIdAsync(officer, survivor, "2026-10-01", "2026-10-10");
        await RecordIdAsync(officer, absorbed, "2026-10-05", "2026-10-14");
        // Another: 1–10 August on the survivor, left and entered again on 10 August, to 12 August, on the absorbed dossier.
        await RecordIdAsync(officer, survivor, "2026-08-01", "2026-08-10");
        await RecordIdAsync(officer, absorbed, "2026-08-10", "2026-08-12");

        await MergeAsync(officer, supervisor, survivor, absorbed);

        // Days present: 1–14 October (14) and 1–12 August (12) = 26, not 10 + 10 + 10 + 3 = 33.
        var answer = await SchengenAsync(officer, survivor);
        Assert.Equal(26, (int)answer["daysUsed"]!);
        Assert.Equal(64, (int)answer["daysRemaining"]!);
        Assert.Equal(4, answer["stays"]!.AsArray().Count);

        // The dossier page shows the four recorded stays with their origin and hands each day once to the calculator.
        var reader = app.ClientWithToken(await app.TokenAsync(Roles.Registration), "en");
        var page = await reader.GetAsync($"/Dossiers/{survivor}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"(from dossier {absorbed})", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Stays[0].Entry\" value=\"2026-08-01\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Stays[0].Exit\" value=\"2026-08-12\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Stays[1].Entry\" value=\"2026-10-01\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Stays[1].Exit\" value=\"2026-10-14\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Stays[2].Entry\"", html, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ANewStayOnTheSurvivor_OverlappingAStayOfTheAbsorbedDossier_IsRefusedNamingTheField(Provider provider)
    {
        var (_, officer, supervisor) = await PeopleAsync(provider);
        var survivor = await OpenAsync(officer, "Kept");
        var absorbed = await OpenAsync(officer, "Gone");
        await RecordIdAsync(officer, absorbed, "2026-10-01", "2026-10-10");
        await MergeAsync(officer, supervisor, survivor, absorbed);

        // Entering during the absorbed dossier's stay: the entry is wrong; entering before and running into it: the exit.
        foreach (var (entry, exit, field) in new[] { ("2026-10-08", "2026-10-12", "entry"), ("2026-09-28", "2026-10-01", "exit") })
        {
            var refused = await RecordAsync(officer, survivor, new { entry, exit, source = "Police" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await TestData.BodyAsync(refused);
            Assert.Equal("urn:itinera:problem:validation", (string?)problem["type"]);
            var errors = problem["errors"]!.AsObject();
            Assert.Equal([field], errors.Select(e => e.Key));
            Assert.Contains("2026-10-01", (string)errors[field]![0]!, StringComparison.Ordinal);
        }
        var list = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/stays"));
        Assert.Equal([absorbed], list.Select(s => (string?)s!["dossierNumber"]));
        // Next to it is fine.
        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(officer, survivor, new { entry = "2026-10-11", exit = "2026-10-12", source = "Police" })).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Unmerge_MovesBackTheStaysRecordedSinceTheMerge_RefusesOthersNamingTheField_AndBothRulesAreRightAgain(Provider provider)
    {
        var (_, officer, supervisor) = await PeopleAsync(provider);
        var survivor = await OpenAsync(officer, "Kept");
        var absorbed = await OpenAsync(officer, "Gone");
        var survivorsBefore = await RecordIdAsync(officer, survivor, "2026-06-10", "2026-06-19"); // 10 days, before the merge
        var absorbedBefore = await RecordIdAsync(officer, absorbed, "2026-07-01", "2026-07-10"); // 10 days, before the merge
        Assert.Equal(10, await DaysUsedAsync(officer, survivor));
        Assert.Equal(10, await DaysUsedAsync(officer, absorbed));

        await MergeAsync(officer, supervisor, survivor, absorbed);
        // Recorded on the survivor since the merge: 1–10 August was the other person's trip, 1–5 September the survivor's.
        var theirs = await RecordIdAsync(officer, survivor, "2026-08-01", "2026-08-10");
        await RecordIdAsync(officer, survivor, "2026-09-01", "2026-09-05");
        Assert.Equal(10 + 10 + 10 + 5, await DaysUsedAsync(officer, survivor));

        // Only stays recorded on the survivor since the merge can move: not one recorded before it, nor one of the absorbed
        // person, nor one that does not exist. Each is named; nothing is proposed.
        var unknown = Guid.NewGuid().ToString();
        var reason = "fingerprints belonged to a brother";
        var bad = await officer.PostAsJsonAsync("/api/merges/unmerge",
            new { dossier = absorbed, reason, moveToRestored = new { stays = new[] { theirs, survivorsBefore, absorbedBefore, unknown } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = await TestData.BodyAsync(bad);
        Assert.Equal("urn:itinera:problem:validation", (string?)problem["type"]);
        var named = problem["errors"]!["moveToRestored.stays"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Equal([survivorsBefore, absorbedBefore, unknown], named);
        var proposed = (await (await officer.GetAsync("/api/merges?status=Proposed")).Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.DoesNotContain(proposed, m => (string?)m!["absorbedDossier"] == absorbed);
        Assert.Equal(35, await DaysUsedAsync(officer, survivor));

        var unmerge = await officer.PostAsJsonAsync("/api/merges/unmerge", new { dossier = absorbed, reason, moveToRestored = new { stays = new[] { theirs } } });
        Assert.Equal(HttpStatusCode.Created, unmerge.StatusCode);
        var unmergeId = (string)(await TestData.BodyAsync(unmerge))["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/merges/{unmergeId}/approve", new { })).StatusCode);

        // The restored dossier: its own stay (never moved) and the one moved back, 10 + 10. The survivor: 10 + 5.
        Assert.Equal(20, await DaysUsedAsync(officer, absorbed));
        Assert.Equal(15, await DaysUsedAsync(officer, survivor));
        var restored = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{absorbed}/stays"));
        Assert.Equal([absorbedBefore, theirs], restored.Select(s => (string?)s!["id"]));
        Assert.All(restored, s => Assert.Equal(absorbed, (string?)s!["dossierNumber"]));
        var kept = await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/stays"));
        Assert.Equal(["2026-06-10", "2026-09-01"], kept.Select(s => (string?)s!["entry"]));
        var unmerged = (await TimelineAsync(officer, survivor)).First(e => (string?)e!["type"] == "dossier.unmerged")!;
        Assert.Contains("1 item(s)", (string)unmerged["detail"]!, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AProcedureOfTheAbsorbedDossier_IsListedOnTheSurvivor_AndItsStepsAndLettersGoToTheSurvivor(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Stay);
        var supervisorUser = await app.CreateUserAsync(Roles.Supervisor);
        var supervisor = app.ClientWithToken((await app.CreateTokenAsync(supervisorUser)).Secret);
        var survivor = await OpenAsync(officer, "Kept");
        var absorbed = await OpenAsync(officer, "Gone");
        var lodge = await officer.PostAsJsonAsync($"/api/dossiers/{absorbed}/procedures", new { type = "stay.family-reunification", documents = AllButKinship });
        Assert.Equal(HttpStatusCode.Created, lodge.StatusCode);
        var id = (string)(await TestData.BodyAsync(lodge))["id"]!;
        Assert.Empty(await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/procedures")));

        await MergeAsync(officer, supervisor, survivor, absorbed);

        // Listed on the survivor, naming the dossier it was lodged on and the one it continues in.
        var listed = Assert.Single(await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/procedures")))!;
        Assert.Equal(id, (string?)listed["id"]);
        Assert.Equal(absorbed, (string?)listed["dossierNumber"]);
        Assert.Equal(survivor, (string?)listed["continuesIn"]);

        long auditAfter;
        await using (var scope = app.Scope())
            auditAfter = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.MaxAsync(a => (long?)a.Sequence) ?? 0;

        // A step: its event is on the survivor's timeline, its letter in the survivor's register, not on the merged dossier.
        var step = new HttpRequestMessage(HttpMethod.Post, $"/api/procedures/{id}/actions") { Content = JsonContent.Create(new { trigger = "mark-incomplete" }) };
        step.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{(int)listed["version"]!}\""));
        var acted = await officer.SendAsync(step);
        var body = await TestData.BodyAsync(acted);
        Assert.True(acted.StatusCode == HttpStatusCode.OK, $"{acted.StatusCode}: {body}");
        Assert.Equal("Incomplete", (string?)body["state"]);

        var survivorTimeline = await TimelineAsync(officer, survivor);
        var incomplete = Assert.Single(survivorTimeline, e => (string?)e!["type"] == "procedure.mark-incomplete")!;
        Assert.Equal(survivor, (string?)incomplete["origin"]);
        Assert.DoesNotContain(await TimelineAsync(officer, absorbed), e => (string?)e!["type"] == "procedure.mark-incomplete");

        var letter = Assert.Single(body["letters"]!.AsArray(), l => ((string?)l!["contentType"])!.StartsWith("text/html", StringComparison.Ordinal))!;
        Assert.Equal(survivor, (string?)letter["dossierNumber"]);
        var survivorDossier = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{survivor}"));
        Assert.Contains(survivorDossier["documents"]!.AsArray(), d => (int)d!["sequence"]! == (int)letter["sequence"]! && (string?)d["title"] == (string?)letter["title"]);
        var absorbedDossier = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{absorbed}"));
        Assert.Empty(absorbedDossier["documents"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/dossiers/{survivor}/documents/{(int)letter["sequence"]!}/content")).StatusCode);

        // A reassignment too goes to the survivor's timeline.
        var reassign = await supervisor.PostAsJsonAsync("/api/queues/reassign", new { procedures = new[] { id }, officer = supervisorUser.UserName, reason = "leave" });
        Assert.Equal(HttpStatusCode.OK, reassign.StatusCode);
        Assert.Contains(await TimelineAsync(officer, survivor), e => (string?)e!["type"] == "procedure.assign" && (string?)e["origin"] == survivor);

        // The audit rows of the step, the letter and the reassignment name the survivor.
        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
                .Where(a => a.Sequence > auditAfter && a.Action != AuditAction.Read).ToListAsync();
            Assert.Contains(rows, r => r.ObjectType == "procedure" && r.ObjectId == $"{survivor}/{id}" && r.Detail == "mark-incomplete");
            Assert.Contains(rows, r => r.ObjectType == "procedure" && r.ObjectId == $"{survivor}/{id}" && r.Detail == "reassigned");
            Assert.Contains(rows, r => r.ObjectType == "document" && r.ObjectId == $"{survivor}#{(int)letter["sequence"]!}");
            Assert.DoesNotContain(rows, r => r.ObjectId != null && r.ObjectId.StartsWith(absorbed, StringComparison.Ordinal));
        }

        // A new application on the merged dossier is refused, naming the dossier it continues in.
        var refused = await officer.PostAsJsonAsync($"/api/dossiers/{absorbed}/procedures", new { type = "stay.eu-family", documents = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await TestData.BodyAsync(refused);
        Assert.Equal("urn:itinera:problem:dossier-merged", (string?)problem["type"]);
        Assert.Contains(survivor, (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Single(await TestData.ArrayAsync(await officer.GetAsync($"/api/dossiers/{survivor}/procedures")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AfterTwoMerges_TheSurvivorsTimelineShowsTheEventsOfTheDossierMergedIntoTheAbsorbedOneBefore_AndItsPageListsBothMergedDossiers(Provider provider)
    {
        var (app, officer, supervisor) = await PeopleAsync(provider);
        var a = await OpenAsync(officer, "Aaa");
        var b = await OpenAsync(officer, "Bbb");
        var c = await OpenAsync(officer, "Ccc");
        await RecordIdAsync(officer, c, "2026-09-01", "2026-09-20");

        // A ← B ← C: C merged into B first, then B into A.
        await MergeAsync(officer, supervisor, b, c);
        await MergeAsync(officer, supervisor, a, b);

        // A's timeline holds C's events (opened, its stay, merged into B), each naming C as its origin, and B's and its own.
        var timeline = await TimelineAsync(officer, a);
        Assert.Equal(new[] { a, b, c }.Order(StringComparer.Ordinal), timeline.Select(e => (string?)e!["origin"]).Distinct().Order(StringComparer.Ordinal));
        var ofC = timeline.Where(e => (string?)e!["origin"] == c).Select(e => (string?)e!["type"]).ToList();
        Assert.Contains("dossier.opened", ofC);
        Assert.Contains("stay.recorded", ofC);
        var mergedIntoB = Assert.Single(timeline, e => (string?)e!["origin"] == c && (string?)e["type"] == "dossier.merged-into")!;
        Assert.Equal(b, (string?)mergedIntoB["detail"]);
        // Still newest first across the three dossiers.
        var times = timeline.Select(e => DateTimeOffset.Parse((string)e!["occurredAt"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        // B's timeline is B's and C's; C's is its own only.
        Assert.Equal(new[] { b, c }.Order(StringComparer.Ordinal), (await TimelineAsync(officer, b)).Select(e => (string?)e!["origin"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(await TimelineAsync(officer, c), e => Assert.Equal(c, (string?)e!["origin"]));

        // A's page lists both dossiers merged into it, the one merged two steps away too.
        var reader = app.ClientWithToken(await app.TokenAsync(Roles.Registration), "en");
        var page = await reader.GetAsync($"/Dossiers/{a}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var start = html.IndexOf("id=\"merged-here\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no list of merged dossiers on the survivor's page");
        var mergedHere = html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
        Assert.Contains($"href=\"/Dossiers/{b}\"", mergedHere, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Dossiers/{c}\"", mergedHere, StringComparison.Ordinal);
        // The page's timeline shows C's events, naming their origin.
        Assert.Contains($"(from dossier {c})", html[html.IndexOf("id=\"timeline\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TheWorkQueue_SendsTheOfficerToTheKeptDossierAtTheEndOfTheChain_ForAProcedureLodgedOnAMergedDossier_AndNamesWhereItWasLodged(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.ClientAsync(Roles.Stay);
        var supervisor = await app.ClientAsync(Roles.Supervisor);
        var handler = await app.CreateUserAsync(Roles.Stay);
        var a = await OpenAsync(officer, "Kept");
        var b = await OpenAsync(officer, "Between");
        var c = await OpenAsync(officer, "Gone");
        var own = await officer.PostAsJsonAsync($"/api/dossiers/{a}/procedures", new { type = "stay.family-reunification", documents = AllButKinship });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownId = (string)(await TestData.BodyAsync(own))["id"]!;
        var lodged = await officer.PostAsJsonAsync($"/api/dossiers/{c}/procedures", new { type = "stay.family-reunification", documents = AllButKinship });
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        var id = (string)(await TestData.BodyAsync(lodged))["id"]!;
        // Both in the queue of one officer of this test only (the queue is shared by every test of the database).
        var reassign = await supervisor.PostAsJsonAsync("/api/queues/reassign", new { procedures = new[] { id, ownId }, officer = handler.UserName, reason = "new case" });
        Assert.Equal(HttpStatusCode.OK, reassign.StatusCode);

        var before = Assert.Single(await TestData.ArrayAsync(await officer.GetAsync($"/api/queues?officer={handler.UserName}")), i => (string?)i!["id"] == id)!;
        Assert.Equal(c, (string?)before["dossierNumber"]);
        Assert.Null(before["lodgedOnDossier"]);

        // A ← B ← C: the procedure was lodged on C, merged into B, merged into A.
        await MergeAsync(officer, supervisor, b, c);
        await MergeAsync(officer, supervisor, a, b);

        var kept = await TestData.BodyAsync(await officer.GetAsync($"/api/dossiers/{a}"));
        var keptPerson = $"{(string)kept["person"]!["surname"]!}, {(string)kept["person"]!["givenNames"]!}";
        var queue = await TestData.ArrayAsync(await officer.GetAsync($"/api/queues?officer={handler.UserName}"));
        Assert.Equal(2, queue.Count);
        var item = Assert.Single(queue, i => (string?)i!["id"] == id)!;
        Assert.Equal(a, (string?)item["dossierNumber"]);
        Assert.Equal(keptPerson, (string?)item["person"]);
        Assert.Equal(c, (string?)item["lodgedOnDossier"]);
        // A procedure lodged on the kept dossier itself is unchanged.
        var ownItem = Assert.Single(queue, i => (string?)i!["id"] == ownId)!;
        Assert.Equal(a, (string?)ownItem["dossierNumber"]);
        Assert.Equal(keptPerson, (string?)ownItem["person"]);
        Assert.Null(ownItem["lodgedOnDossier"]);

        // The queue page shows the kept dossier, and where the procedure was lodged.
        var reader = app.ClientWithToken(await app.TokenAsync(Roles.Stay), "en");
        var page = await reader.GetAsync($"/Queue?officer={handler.UserName}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<a class=\"mono\" href=\"/Procedures/{id}\">{a}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"(from dossier {c})", html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{c}</a>", html, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AChangeToADossierMergedTwoStepsAgo_IsRefused_NamingTheDossierAtTheEndOfTheChain(Provider provider)
    {
        var (_, officer, supervisor) = await PeopleAsync(provider);
        var a = await OpenAsync(officer, "Kept");
        var b = await OpenAsync(officer, "Middle");
        var c = await OpenAsync(officer, "First");
        await MergeAsync(officer, supervisor, b, c);
        await MergeAsync(officer, supervisor, a, b);

        // B is closed too: sending the officer there would only earn a second refusal.
        foreach (var refused in new[]
                 {
                     await RecordAsync(officer, c, new { entry = "2026-10-01", exit = "2026-10-02", source = "Police" }),
                     await officer.PostAsJsonAsync($"/api/dossiers/{c}/aliases", new { surname = "Other", givenNames = "Name", source = "Police" }),
                 })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var detail = (string?)(await TestData.BodyAsync(refused))["detail"];
            Assert.Contains(a, detail, StringComparison.Ordinal);
            Assert.DoesNotContain(b, detail, StringComparison.Ordinal);
        }
    }
}
