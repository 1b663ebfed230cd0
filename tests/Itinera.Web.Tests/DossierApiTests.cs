using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class DossierApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task OpenDossier_Returns201WithLocationAndETag_AndCanBeReadBack(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Open");
        var nn = TestData.NextNationalNumber();

        var (response, body) = await TestData.OpenDossierAsync(client, TestData.Person(surname, nn));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (string)body["number"]!;
        Assert.Matches(@"^\d{4}-\d{6}-\d{2}$", number);
        Assert.Equal($"/api/dossiers/{number}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var get = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        var read = await TestData.BodyAsync(get);
        Assert.Equal(number, (string?)read["number"]);
        var person = read["person"]!;
        Assert.Equal(surname, (string?)person["surname"]);
        Assert.Equal("Jan Piet", (string?)person["givenNames"]);
        Assert.Equal("M", (string?)person["sex"]);
        Assert.Equal("1985-07-30", (string?)person["birthDate"]);
        Assert.Equal(nn, (string?)person["nationalNumber"]);
        Assert.Equal(["BE"], person["nationalities"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("fr", (string?)read["language"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Search_FindsDossierBySurnamePrefix_ByDossierNumber_AndByNationalNumber(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Srch");
        var nn = TestData.NextNationalNumber();
        var number = await TestData.OpenDossierNumberAsync(client, surname, nn);
        var other = await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Other"));

        async Task<List<string>> Search(string q)
        {
            var r = await client.GetAsync("/api/dossiers?q=" + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return (await TestData.BodyAsync(r))["results"]!.AsArray().Select(x => (string)x!["number"]!).ToList();
        }

        Assert.Equal([number], await Search(surname[..8].ToLowerInvariant()));
        Assert.Equal([number], await Search(number));
        Assert.Equal([number], await Search(nn));
        var formatted = $"{nn[..2]}.{nn[2..4]}.{nn[4..6]}-{nn[6..9]}.{nn[9..]}";
        Assert.Equal([number], await Search(formatted));
        Assert.Equal([other], await Search(other));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InvalidDossier_ListsEveryInvalidField_AsValidationProblem_AndChangesNothing(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var before = await CountDossiersAsync(app);

        var response = await client.PostAsJsonAsync("/api/dossiers", new
        {
            language = "de",
            person = new
            {
                surname = "", sex = "X", birthDate = "1985-13-45", birthCountry = "ZZ", nationalities = new[] { "XX" },
                nationalNumber = "12345678901", givenNames = new string('a', 201),
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await TestData.BodyAsync(response);
        Assert.Equal("urn:itinera:problem:validation", (string?)body["type"]);
        Assert.Equal(400, (int?)body["status"]);
        var keys = body["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            "language", "person.birthCountry", "person.birthDate", "person.givenNames", "person.nationalNumber", "person.nationalities",
            "person.sex", "person.surname",
        }, keys);
        Assert.All(body["errors"]!.AsObject(), e => Assert.NotEmpty(e.Value!.AsArray()));
        Assert.Equal(before, await CountDossiersAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ValidationMessages_FollowAcceptLanguage(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var token = await app.TokenAsync(Roles.Registration);
        var seen = new Dictionary<string, (string Title, string Message)>();
        foreach (var language in new[] { "fr", "nl", "en" })
        {
            var client = app.ClientWithToken(token, language);
            var response = await client.PostAsJsonAsync("/api/dossiers", new { person = new { surname = "", sex = "X" } });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await TestData.BodyAsync(response);
            seen[language] = ((string)body["title"]!, (string)body["errors"]!["person.sex"]![0]!);
        }
        Assert.Equal(3, seen.Values.Select(v => v.Title).Distinct().Count());
        Assert.Equal(3, seen.Values.Select(v => v.Message).Distinct().Count());
        Assert.Contains("valid", seen["en"].Title + seen["en"].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Timeline_IsNewestFirst_WithOneEventPerChange(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("Time");
        var number = await TestData.OpenDossierNumberAsync(client, surname);

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/dossiers/{number}/person") { Content = JsonContent.Create(TestData.Person(surname + "x")) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(put)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/aliases", new { surname = "Alias", givenNames = "A", source = "Police" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/addresses", new { street = "Rue Haute", houseNumber = "1", postalCode = "1000", municipality = "Bruxelles", validFrom = "2024-01-01" })).StatusCode);

        var timeline = await TestData.ArrayAsync(await client.GetAsync($"/api/dossiers/{number}/timeline"));
        Assert.Equal(["address.added", "alias.added", "person.updated", "dossier.opened"], timeline.Select(e => (string?)e!["type"]));
        Assert.Equal([4, 3, 2, 1], timeline.Select(e => (int)e!["version"]!));
        Assert.Equal(["surname"], timeline[2]!["fields"]!.AsArray().Select(f => (string?)f));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AddAliasIdentityDocumentAndAddresses_AreStored_AndANewAddressClosesThePreviousOne(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Sub"));

        var alias = await client.PostAsJsonAsync($"/api/dossiers/{number}/aliases",
            new { surname = "Al-Rashid", givenNames = "Omar", birthDate = "1984", source = "Eurodac", recordedOn = "2025-02-01" });
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.Equal("\"2\"", alias.Headers.ETag?.Tag);
        var document = await client.PostAsJsonAsync($"/api/dossiers/{number}/identity-documents",
            new { type = "Passport", documentNumber = "ab 123456", issuingCountry = "MA", issuedOn = "2020-01-01", expiresOn = "2030-01-01" });
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/dossiers/{number}/addresses",
            new { street = "Rue Haute", houseNumber = "12", postalCode = "1000", municipality = "Bruxelles", country = "BE", validFrom = "2024-01-01" })).StatusCode);
        var second = await client.PostAsJsonAsync($"/api/dossiers/{number}/addresses",
            new { street = "Meir", houseNumber = "5", postalCode = "2000", municipality = "Antwerpen", country = "BE", validFrom = "2025-03-01" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var person = (await TestData.BodyAsync(await client.GetAsync($"/api/dossiers/{number}")))["person"]!;
        var aliases = person["aliases"]!.AsArray();
        Assert.Single(aliases);
        Assert.Equal("Al-Rashid", (string?)aliases[0]!["surname"]);
        Assert.Equal("Eurodac", (string?)aliases[0]!["source"]);
        Assert.Equal("2025-02-01", (string?)aliases[0]!["recordedOn"]);
        var documents = person["identityDocuments"]!.AsArray();
        Assert.Single(documents);
        Assert.Equal("AB123456", (string?)documents[0]!["documentNumber"]);
        Assert.Equal("MA", (string?)documents[0]!["issuingCountry"]);
        var addresses = person["addresses"]!.AsArray().OrderBy(a => (string)a!["validFrom"]!, StringComparer.Ordinal).ToList();
        Assert.Equal(2, addresses.Count);
        Assert.Equal("Rue Haute", (string?)addresses[0]!["street"]);
        Assert.Equal("2025-02-28", (string?)addresses[0]!["validTo"]);
        Assert.Equal("Meir", (string?)addresses[1]!["street"]);
        Assert.Null((string?)addresses[1]!["validTo"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisteredDocument_UploadedAsMultipart_DownloadsBackByteForByte(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(client, TestData.UniqueName("Doc"));
        var bytes = new byte[150_000];
        Random.Shared.NextBytes(bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        using var form = new MultipartFormDataContent
        {
            { new StringContent("Incoming"), "direction" },
            { new StringContent("Letter"), "kind" },
            { new StringContent("Request for family reunification"), "title" },
            { new StringContent("Lawyer Dupont"), "correspondent" },
            { new StringContent("2025-01-15"), "documentDate" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "letter.pdf");
        var response = await client.PostAsync($"/api/dossiers/{number}/documents", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await TestData.BodyAsync(response);
        Assert.Equal(1, (int?)entry["sequence"]);
        Assert.Equal(sha, (string?)entry["contentSha256"]);
        Assert.Equal(bytes.Length, (long?)entry["size"]);
        Assert.Equal($"/api/dossiers/{number}/documents/1", response.Headers.Location?.OriginalString);

        var download = await client.GetAsync($"/api/dossiers/{number}/documents/1/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var back = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, back);
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(back)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task IdentifierCheck_ReturnsExactShape_ForNationalBisAndInvalidNumbers(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.PartnerMunicipality);

        async Task<JsonObject> Check(string number)
        {
            var r = await client.GetAsync("/api/identifiers/" + number);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var body = await TestData.BodyAsync(r);
            Assert.Equal(["valid", "kind", "birthDate", "sex", "reason"], body.Select(p => p.Key));
            return body;
        }

        var national = await Check(TestData.NationalNumber(new DateOnly(2003, 2, 14), 124));
        Assert.True((bool)national["valid"]!);
        Assert.Equal("national", (string?)national["kind"]);
        Assert.Equal("2003-02-14", (string?)national["birthDate"]);
        Assert.Equal("F", (string?)national["sex"]);
        Assert.Null(national["reason"]);

        var bis = await Check(TestData.NationalNumber(new DateOnly(1990, 6, 1), 17, bis: true));
        Assert.True((bool)bis["valid"]!);
        Assert.Equal("bis", (string?)bis["kind"]);
        Assert.Equal("1990-06-01", (string?)bis["birthDate"]);
        Assert.Equal("M", (string?)bis["sex"]);
        Assert.Null(bis["reason"]);

        var good = TestData.NationalNumber(new DateOnly(1985, 7, 30), 33);
        var wrongChecksum = good[..9] + ((int.Parse(good[9..], System.Globalization.CultureInfo.InvariantCulture) % 97) + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var invalid = await Check(wrongChecksum);
        Assert.False((bool)invalid["valid"]!);
        Assert.Null(invalid["kind"]);
        Assert.Null(invalid["birthDate"]);
        Assert.Null(invalid["sex"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)invalid["reason"]));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ConcurrentOpens_AllSucceed_WithDistinctDossierNumbers(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var token = await app.TokenAsync(Roles.Registration);
        var clients = Enumerable.Range(0, 8).Select(_ => app.ClientWithToken(token)).ToList();
        var opened = await Task.WhenAll(clients.Select(c => TestData.OpenDossierAsync(c, TestData.Person(TestData.UniqueName("Par")))));
        Assert.All(opened, o => Assert.Equal(HttpStatusCode.Created, o.Response.StatusCode));
        Assert.Equal(8, opened.Select(o => (string)o.Body["number"]!).Distinct().Count());
    }

    private static async Task<int> CountDossiersAsync(ItineraFactory app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Dossiers.CountAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task MalformedJson_Is400ProblemJson_NotAServerError(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var response = await client.PostAsync("/api/dossiers", new StringContent("{\"person\": {\"surname\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DossierPage_NamesCountriesInTheInterfaceLanguage(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var token = await app.TokenAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(app.ClientWithToken(token), TestData.UniqueName("Peeters"));
        foreach (var (language, belgium) in new[] { ("fr", "Belgique (BE)"), ("nl", "België (BE)"), ("en", "Belgium (BE)") })
        {
            var response = await app.ClientWithToken(token, language).GetAsync($"/Dossiers/{number}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(belgium, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
    }
}
