using System.Net;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

public sealed class LoggingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task Logs_NeverCarryNamesOrNationalNumbers(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Zqxlog");
        var nn = TestData.NextNationalNumber(new DateOnly(1977, 11, 23));
        var formatted = $"{nn[..2]}.{nn[2..4]}.{nn[4..6]}-{nn[6..9]}.{nn[9..]}";

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dossiers?q=" + surname)).StatusCode);
        var (opened, _) = await TestData.OpenDossierAsync(client, TestData.Person(surname, nn, birthDate: "1977-11-23"));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/identifiers/" + nn)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dossiers?q=" + Uri.EscapeDataString(formatted))).StatusCode);
        // A refused request with the same data, anonymously and invalid, must not log it either.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/identifiers/" + nn)).StatusCode);
        var (invalid, _) = await TestData.OpenDossierAsync(client, TestData.Person(surname, nn, sex: "X"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var messages = app.Logs.Messages;
        Assert.NotEmpty(messages);
        foreach (var secret in new[] { surname, nn, formatted, nn[..6] + "-" + nn[6..9] })
            Assert.DoesNotContain(messages, m => m.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AuditTrail_RecordsIdentifierChecksAndSearches_WithoutTheNumberOrTheName(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Zqxaud");
        var nn = TestData.NextNationalNumber(new DateOnly(1979, 5, 6));
        long after;
        await using (var scope = app.Scope())
            after = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.MaxAsync(a => (long?)a.Sequence) ?? 0;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/identifiers/" + nn)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dossiers?q=" + surname)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dossiers?q=" + nn)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/identifiers/" + nn)).StatusCode);

        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking().Where(a => a.Sequence > after).ToListAsync();
            Assert.Contains(rows, r => r.ObjectType == "identifier" && r.Action == AuditAction.Read);
            Assert.Equal(2, rows.Count(r => r.Action == AuditAction.Search));
            Assert.Contains(rows, r => r.Outcome == AuditOutcome.Denied);
            foreach (var secret in new[] { surname, nn })
                Assert.DoesNotContain(rows, r => $"{r.ObjectId} {r.Detail}".Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
