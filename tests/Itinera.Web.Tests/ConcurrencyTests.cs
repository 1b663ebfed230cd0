using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

public sealed class ConcurrencyTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task StaleIfMatch_Returns412ListingChangedFields_AndKeepsFirstWrite(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = await app.ClientAsync(Roles.Registration);
        var second = await app.ClientAsync(Roles.Stay);
        var surname = TestData.UniqueName("Conc");
        var number = await TestData.OpenDossierNumberAsync(first, surname);

        var etag1 = (await first.GetAsync($"/api/dossiers/{number}")).Headers.ETag;
        var etag2 = (await second.GetAsync($"/api/dossiers/{number}")).Headers.ETag;
        Assert.NotNull(etag1);
        Assert.Equal(etag1, etag2);

        var firstWrite = new
        {
            surname = surname + "first", givenNames = "Marie", sex = "F", birthDate = "1990-04-02", birthPlace = "Gent", birthCountry = "BE",
            nationalities = new[] { "BE", "NL" },
        };
        var ok = await Put(first, number, firstWrite, etag1);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);

        var stale = await Put(second, number, TestData.Person(surname + "second"), etag2);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await TestData.BodyAsync(stale);
        Assert.Equal("urn:itinera:problem:stale-version", (string?)problem["type"]);
        Assert.Equal(2, (int?)problem["currentVersion"]);
        var changed = problem["changedFields"]!.AsArray().Select(f => (string?)f).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "birthDate", "birthPlace", "givenNames", "nationalities", "sex", "surname" }, changed);

        var stored = await TestData.BodyAsync(await first.GetAsync($"/api/dossiers/{number}"));
        var person = stored["person"]!;
        Assert.Equal(2, (int?)stored["version"]);
        Assert.Equal(surname + "first", (string?)person["surname"]);
        Assert.Equal("Marie", (string?)person["givenNames"]);
        Assert.Equal("F", (string?)person["sex"]);
        Assert.Equal("1990-04-02", (string?)person["birthDate"]);
        Assert.Equal("Gent", (string?)person["birthPlace"]);
        Assert.Equal(["BE", "NL"], person["nationalities"]!.AsArray().Select(n => (string?)n));
    }

    [Theory, SqliteData, PostgresData]
    public async Task PutPerson_WithoutIfMatch_Returns428_AndChangesNothing(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(Roles.Registration);
        var surname = TestData.UniqueName("NoMatch");
        var number = await TestData.OpenDossierNumberAsync(client, surname);

        var response = await Put(client, number, TestData.Person(surname + "x"), null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("urn:itinera:problem:precondition-required", (string?)(await TestData.BodyAsync(response))["type"]);
        var stored = await TestData.BodyAsync(await client.GetAsync($"/api/dossiers/{number}"));
        Assert.Equal(1, (int?)stored["version"]);
        Assert.Equal(surname, (string?)stored["person"]!["surname"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SimultaneousPutsWithTheSameETag_ExactlyOneWins_AndTheOtherGets412(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var a = await app.ClientAsync(Roles.Registration);
        var b = await app.ClientAsync(Roles.Protection);
        var surname = TestData.UniqueName("Race");
        var number = await TestData.OpenDossierNumberAsync(a, surname);
        var etag = new EntityTagHeaderValue("\"1\"");

        var responses = await Task.WhenAll(
            Put(a, number, TestData.Person(surname + "a", sex: "F"), etag),
            Put(b, number, TestData.Person(surname + "b", birthDate: "1986"), etag));

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }, responses.Select(r => r.StatusCode).Order().ToArray());
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? surname + "a" : surname + "b";
        var stored = await TestData.BodyAsync(await a.GetAsync($"/api/dossiers/{number}"));
        Assert.Equal(2, (int?)stored["version"]);
        Assert.Equal(winner, (string?)stored["person"]!["surname"]);
        var timeline = await TestData.ArrayAsync(await a.GetAsync($"/api/dossiers/{number}/timeline"));
        Assert.Equal(["person.updated", "dossier.opened"], timeline.Select(e => (string?)e!["type"]));
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string number, object person, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/dossiers/{number}/person") { Content = JsonContent.Create(person) };
        if (ifMatch is not null) request.Headers.IfMatch.Add(ifMatch);
        return client.SendAsync(request);
    }
}
