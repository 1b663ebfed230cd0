using Itinera.Web.Cli;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class ImportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task Import_CreatesValidRows_AndRejectsBadSexBadDateAndDuplicateExternalIdWithTheirLineNumbers(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var p = TestData.UniqueName("imp");
        // Line 2 holds a quoted field with a line break, so the record on line 4 is the third record.
        var csv =
            "external_id,surname,given_names,sex,birth_date,nationality,birth_place,national_number,original_script_name\n" + // 1
            $"{p}-1,\"Dupont, Jr\",Jean,M,1980-05-01,FR,\"Paris,\nFrance\",,\n" +                                              // 2-3
            $"{p}-2,Martin,Anne,X,1990-01-01,BE,,,\n" +                                                                         // 4 bad sex
            $"{p}-3,Smith,John,M,1990-13-45,GB,,,\n" +                                                                          // 5 bad date
            $"{p}-1,Other,Name,F,1985,BE,,,\n" +                                                                                // 6 duplicate
            $"{p}-4,\"O\"\"Brien\",\"Mary, Ann\",F,1975-03,IE,Dublin,,Мария\n";                                                // 7

        var report = await ImportAsync(app, csv);

        Assert.Equal(2, report.Created);
        Assert.Equal([4, 5, 6], report.Rejected.Select(r => r.Line));
        Assert.StartsWith("sex:", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("birth_date:", report.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("external_id:", report.Rejected[2].Reason, StringComparison.Ordinal);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
            var persons = await db.Persons.AsNoTracking().Include(x => x.Nationalities).Where(x => x.ExternalId!.StartsWith(p)).OrderBy(x => x.ExternalId).ToListAsync();
            Assert.Equal([$"{p}-1", $"{p}-4"], persons.Select(x => x.ExternalId));
            Assert.Equal("Dupont, Jr", persons[0].Surname);
            Assert.Equal("Paris, France", persons[0].BirthPlace);
            Assert.Equal("1980-05-01", persons[0].BirthDate);
            Assert.Equal(["FR"], persons[0].Nationalities.Select(n => n.Code));
            Assert.Equal("O\"Brien", persons[1].Surname);
            Assert.Equal("Mary, Ann", persons[1].GivenNames);
            Assert.Equal("1975-03", persons[1].BirthDate);
            Assert.Equal("Мария", persons[1].OriginalScriptName);
            var dossierIds = persons.Select(x => x.DossierId).ToList();
            var numbers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id)).Select(d => d.Number).ToListAsync();
            Assert.Equal(2, await db.Audit.AsNoTracking().CountAsync(a => a.Action == AuditAction.Import && numbers.Contains(a.ObjectId!)));
            Assert.Equal(2, await db.Events.AsNoTracking().CountAsync(e => dossierIds.Contains(e.DossierId) && e.Type == "dossier.imported"));
        }

        // The external reference is kept: it finds the dossier, and a rerun of the same file creates nothing.
        var client = await app.ClientAsync(Roles.Registration);
        var found = await TestData.BodyAsync(await client.GetAsync($"/api/dossiers?q={p}-4"));
        Assert.Equal([$"{p}-4"], found["results"]!.AsArray().Select(r => (string?)r!["externalId"]));
        var rerun = await ImportAsync(app, csv);
        Assert.Equal(0, rerun.Created);
        Assert.Equal([2, 4, 5, 6, 7], rerun.Rejected.Select(r => r.Line));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Import_HoldsBackARowLikeARegisteredPersonOrAnEarlierRow_UnlessDifferentPersonIsTrue(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var p = TestData.UniqueName("dup");
        var family = "Q" + TestData.UniqueName("").ToLowerInvariant();
        var header = "external_id,surname,given_names,sex,birth_date,nationality,birth_place,national_number,original_script_name,different_person\n";
        var first = await ImportAsync(app, header + $"{p}-1,{family},Abdelrahman,M,1991-04-02,SD,,,,\n");
        Assert.Equal(1, first.Created);

        var csv = header +
            $"{p}-2,{family},Abd al-Rahman,M,1991,SD,,,,\n" +          // 2: like the registered person
            $"{p}-3,Zyxwvut{family},Mariam,F,2001-09-09,ER,,,,\n" +     // 3: new
            $"{p}-4,Zyxwvut{family},Maryam,F,2001-09-09,ER,,,,\n" +     // 4: like line 3 of this file
            $"{p}-5,{family},Abdurrahman,M,1991-04-02,SD,,,,true\n" +  // 5: declared a different person
            $"{p}-6,{family},Abdelrahman,M,1991-04-02,SD,,,,maybe\n";  // 6: not a yes or no
        var report = await ImportAsync(app, csv);

        Assert.Equal(2, report.Created);
        Assert.Equal([2, 4, 6], report.Rejected.Select(r => r.Line));
        Assert.Contains("possible duplicate of", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 3", report.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("different_person:", report.Rejected[2].Reason, StringComparison.Ordinal);
    }

    private static async Task<ImportReport> ImportAsync(ItineraFactory app, string csv)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<ConsoleActorHolder>().Actor = new ConsoleActor("console:tests", AuditPurpose.Import);
        using var reader = new StringReader(csv);
        return await scope.ServiceProvider.GetRequiredService<PersonImport>().ImportAsync(reader, "nl", CancellationToken.None);
    }
}
