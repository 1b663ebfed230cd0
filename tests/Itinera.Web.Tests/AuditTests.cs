using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class AuditTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task EveryDossierReadAndWrite_LeavesAnAuditRow_WithActorObjectAndPurpose(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var user = await app.CreateUserAsync(Roles.Registration);
        var client = app.ClientWithToken((await app.CreateTokenAsync(user)).Secret);
        var surname = TestData.UniqueName("Aud");
        var number = await TestData.OpenDossierNumberAsync(client, surname);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/dossiers/{number}")).StatusCode);
        var subjectAccess = new HttpRequestMessage(HttpMethod.Get, $"/api/dossiers/{number}");
        subjectAccess.Headers.Add("X-Purpose", "SubjectAccess");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(subjectAccess)).StatusCode);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/dossiers/{number}/person") { Content = JsonContent.Create(TestData.Person(surname + "b")) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(put)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/aliases", new { surname = "Alias", source = "Declared" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/identity-documents", new { type = "Passport", documentNumber = "P1", issuingCountry = "FR" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/addresses", new { street = "Meir", postalCode = "2000", municipality = "Antwerpen" })).StatusCode);
        using var form = new MultipartFormDataContent { { new StringContent("Outgoing"), "direction" }, { new StringContent("Decision"), "kind" }, { new StringContent("Decision"), "title" } };
        form.Add(new ByteArrayContent([1, 2, 3]), "file", "decision.pdf");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/dossiers/{number}/documents", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/dossiers/{number}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/dossiers/{number}/documents/1/content")).StatusCode);

        await using var scope = app.Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
            .Where(a => a.ObjectId == number || a.ObjectId == number + "#1").OrderBy(a => a.Sequence).ToListAsync();
        Assert.All(rows, r => Assert.Equal(user.UserName, r.Actor));
        Assert.All(rows, r => Assert.Equal(AuditOutcome.Success, r.Outcome));
        Assert.Equal(
            new[]
            {
                (AuditAction.Create, "dossier", AuditPurpose.Registration),
                (AuditAction.Read, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Read, "dossier", AuditPurpose.SubjectAccess),
                (AuditAction.Update, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Update, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Update, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Update, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Create, "document", AuditPurpose.CaseHandling),
                (AuditAction.Read, "dossier", AuditPurpose.CaseHandling),
                (AuditAction.Read, "document", AuditPurpose.CaseHandling),
            },
            rows.Select(r => (r.Action, r.ObjectType, r.Purpose)).ToArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StatedPurpose_IsRecorded_AndAnUnknownPurposeIsRefusedWith400BeforeAnyChange(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Purp");

        var bad = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(new { person = TestData.Person(surname) }) };
        bad.Headers.Add("X-Purpose", "Curiosity");
        var refused = await client.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await TestData.BodyAsync(refused);
        Assert.Equal("urn:itinera:problem:validation", (string?)problem["type"]);
        Assert.NotNull(problem["errors"]?["X-Purpose"]);
        var numeric = new HttpRequestMessage(HttpMethod.Get, "/api/dossiers?q=abc");
        numeric.Headers.Add("X-Purpose", "3");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(numeric)).StatusCode);
        var search = await TestData.BodyAsync(await client.GetAsync("/api/dossiers?q=" + surname));
        Assert.Empty(search["results"]!.AsArray());

        var good = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(new { person = TestData.Person(surname) }) };
        good.Headers.Add("X-Purpose", "partnerexchange");
        var created = await client.SendAsync(good);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (string)(await TestData.BodyAsync(created))["number"]!;
        await using var scope = app.Scope();
        var row = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
            .SingleAsync(a => a.ObjectId == number && a.Action == AuditAction.Create);
        Assert.Equal(AuditPurpose.PartnerExchange, row.Purpose);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AuditChain_IsIntactAfterActivity_AndTamperingIsReportedAtTheRightRow(Provider provider)
    {
        await using var app = await ItineraFactory.StartAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        for (var i = 0; i < 3; i++)
        {
            var number = await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Chain"));
            await client.GetAsync($"/api/dossiers/{number}");
        }
        await client.GetAsync("/api/dossiers?q=chain");

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
        var count = await db.Audit.CountAsync();
        Assert.True(count >= 8, $"{count} audit rows");
        var intact = await AuditChain.VerifyAsync(db, CancellationToken.None);
        Assert.True(intact.Intact, intact.Problem);
        Assert.Equal(count, intact.CheckedRows);
        Assert.Equal(0, await VerifyVerbAsync(app));

        // The 0002 migration's triggers refuse changes to the trail.
        var edited = count / 2;
        await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Audit.Where(a => a.Sequence == edited).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "nothing to see")));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Audit.Where(a => a.Sequence == edited).ExecuteDeleteAsync());
        Assert.True((await AuditChain.VerifyAsync(db, CancellationToken.None)).Intact);

        // A DBA removes the protection; the hash chain still shows what was done.
        if (provider == Provider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");
        else
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER USER");

        var original = await db.Audit.AsNoTracking().Where(a => a.Sequence == edited).Select(a => a.Detail).SingleAsync();
        Assert.Equal(1, await db.Audit.Where(a => a.Sequence == edited).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "nothing to see")));
        var afterEdit = await AuditChain.VerifyAsync(db, CancellationToken.None);
        Assert.False(afterEdit.Intact);
        Assert.Equal(edited, afterEdit.FirstBrokenSequence);
        Assert.Equal(edited - 1, afterEdit.CheckedRows);
        Assert.Equal(1, await VerifyVerbAsync(app));

        await db.Audit.Where(a => a.Sequence == edited).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, original));
        Assert.True((await AuditChain.VerifyAsync(db, CancellationToken.None)).Intact);

        var deleted = count / 2 + 1;
        Assert.Equal(1, await db.Audit.Where(a => a.Sequence == deleted).ExecuteDeleteAsync());
        var afterDelete = await AuditChain.VerifyAsync(db, CancellationToken.None);
        Assert.False(afterDelete.Intact);
        Assert.Equal(deleted, afterDelete.FirstBrokenSequence);
        Assert.Contains("missing", afterDelete.Problem, StringComparison.Ordinal);
        Assert.Equal(1, await VerifyVerbAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ConcurrentReadsAndWrites_EachGetTheirOwnPlaceInTheChain_WithoutAGapOrAFork(Provider provider)
    {
        await using var app = await ItineraFactory.StartAsync(provider);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++) clients.Add(await app.ClientAsync(Roles.Registration));
        await using (var scope = app.Scope())
        {
            var before = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.CountAsync();
            // Each client opens dossiers and searches at the same time as the others: every request seals its
            // audit row under the chain lock, so none may reuse a sequence number or link to a stale hash.
            var work = clients.Select(async (client, c) =>
            {
                for (var i = 0; i < 6; i++)
                {
                    if (i % 2 == 0) await TestData.OpenDossierNumberAsync(client, TestData.UniqueName($"Fork{c}"));
                    var search = await client.GetAsync($"/api/persons/search?name=Fork{c}");
                    Assert.Equal(HttpStatusCode.OK, search.StatusCode);
                }
            });
            await Task.WhenAll(work);

            var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
            var after = await db.Audit.CountAsync();
            Assert.True(after - before >= clients.Count * 9, $"{after - before} rows for {clients.Count * 9} requests");
            var intact = await AuditChain.VerifyAsync(db, CancellationToken.None);
            Assert.True(intact.Intact, intact.Problem);
            Assert.Equal(after, intact.CheckedRows);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task AuditApi_ShowsTheTrailToAuditors_RecordsThatReading_AndVerifiesTheChain(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var writer = await app.ClientAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(writer, TestData.UniqueName("Api"));
        var auditorUser = await app.CreateUserAsync(Roles.Auditor);
        var auditor = app.ClientWithToken((await app.CreateTokenAsync(auditorUser)).Secret);

        var rows = await TestData.ArrayAsync(await auditor.GetAsync($"/api/audit?objectType=dossier&objectId={number}"));
        Assert.Equal(["Create"], rows.Select(r => (string?)r!["action"]));
        var verify = await TestData.BodyAsync(await auditor.PostAsync("/api/audit/verify", null));
        Assert.True((bool)verify["intact"]!);

        await using var scope = app.Scope();
        var reads = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
            .Where(a => a.ObjectType == "audit" && a.ObjectId == number && a.Actor == auditorUser.UserName).ToListAsync();
        Assert.Single(reads);
        Assert.Equal(AuditPurpose.AuditReview, reads[0].Purpose);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RowsCutOffTheEnd_AreSeenAgainstAPublishedHead_ThoughTheShorterChainIsConsistent(Provider provider)
    {
        await using var app = await ItineraFactory.StartAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        for (var i = 0; i < 3; i++) await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Head"));
        var auditor = await app.ClientAsync(Roles.Auditor);
        var head = await TestData.BodyAsync(await auditor.GetAsync("/api/audit/head"));
        var (sequence, hash) = ((long)head["sequence"]!, (string)head["hash"]!);
        var published = $"{sequence}:{hash}";
        // More activity after the head was published: the chain grows past it and still verifies against it.
        await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Head"));
        Assert.True((bool)(await TestData.BodyAsync(await auditor.PostAsync($"/api/audit/verify?headSequence={sequence}&headHash={hash}", null)))["intact"]!);
        Assert.Equal(0, await VerifyVerbAsync(app, "--head", published));

        // A DBA removes the protection and cuts the last rows off, the published head among them.
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
        if (provider == Provider.Sqlite) await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_delete;");
        else await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER USER");
        Assert.True(await db.Audit.Where(a => a.Sequence >= sequence).ExecuteDeleteAsync() >= 2);

        Assert.True((await AuditChain.VerifyAsync(db, CancellationToken.None)).Intact, "what is left links up: the chain alone cannot tell");
        var cut = await AuditChain.VerifyAsync(db, CancellationToken.None, (sequence, hash));
        Assert.False(cut.Intact);
        Assert.Equal(sequence, cut.FirstBrokenSequence);
        Assert.Equal(1, await VerifyVerbAsync(app, "--head", published));
        var viaApi = await TestData.BodyAsync(await auditor.PostAsync($"/api/audit/verify?headSequence={sequence}&headHash={hash}", null));
        Assert.False((bool)viaApi["intact"]!);

        // Rows written again after the cut take the published place with another hash: a rewrite, also seen.
        await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Head"));
        await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Head"));
        var rewritten = await AuditChain.VerifyAsync(db, CancellationToken.None, (sequence, hash));
        Assert.False(rewritten.Intact);
        Assert.Contains("rewritten", rewritten.Problem, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task VerifyWithAHead_BadHeadIsRefused_NamingEachField(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var auditor = await app.ClientAsync(Roles.Auditor);
        var response = await auditor.PostAsync("/api/audit/verify?headSequence=0&headHash=xyz", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await TestData.BodyAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("headSequence"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("headHash"), errors.ToJsonString());
    }

    /// <summary>Runs the program's 'audit verify' verb against the factory's database and returns its exit code.</summary>
    private static async Task<int> VerifyVerbAsync(ItineraFactory app, params string[] options)
    {
        await using var cli = MigrationTests.BuildCli(app.Database, migrate: null);
        return await Cli.CommandLine.RunAsync(cli, "audit verify", options);
    }
}
