using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Itinera.Web.Tests.Infrastructure;

public static class TestData
{
    /// <summary>
    /// A national register number built by legal-rules.md §7: YYMMDD, sequence (odd = male), and
    /// CC = 97 − (first 9 digits mod 97), with a "2" prefixed to the 9 digits for births from 2000.
    /// BIS numbers add 40 to the month (sex known).
    /// </summary>
    public static string NationalNumber(DateOnly birth, int sequence, bool bis = false)
    {
        var month = birth.Month + (bis ? 40 : 0);
        var nine = string.Create(CultureInfo.InvariantCulture, $"{birth.Year % 100:D2}{month:D2}{birth.Day:D2}{sequence:D3}");
        var basis = long.Parse((birth.Year >= 2000 ? "2" : "") + nine, CultureInfo.InvariantCulture);
        var check = 97 - (basis % 97);
        return nine + check.ToString("D2", CultureInfo.InvariantCulture);
    }

    private static int counter = Random.Shared.Next(100, 400);

    /// <summary>A fresh valid male national number for this run (birth 1985-07-30, a new odd sequence).</summary>
    public static string NextNationalNumber(DateOnly? birth = null) =>
        NationalNumber(birth ?? new DateOnly(1985, 7, 30), (Interlocked.Increment(ref counter) % 499) * 2 + 1);

    /// <summary>Letters only, so that name normalisation keeps it whole.</summary>
    public static string UniqueName(string prefix)
    {
        var letters = Guid.NewGuid().ToString("N").Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))).Take(10);
        return prefix + new string(letters.ToArray());
    }

    public static object Person(string surname, string? nationalNumber = null, string sex = "M", string? birthDate = "1985-07-30") => new
    {
        surname, givenNames = "Jan Piet", sex, birthDate, birthPlace = "Antwerpen", birthCountry = "BE", nationalities = new[] { "BE" }, nationalNumber,
    };

    public static async Task<(HttpResponseMessage Response, JsonObject Body)> OpenDossierAsync(HttpClient client, object person, string language = "fr")
    {
        var response = await client.PostAsJsonAsync("/api/dossiers", new { person, language });
        return (response, await BodyAsync(response));
    }

    public static async Task<string> OpenDossierNumberAsync(HttpClient client, string surname, string? nationalNumber = null)
    {
        var (response, body) = await OpenDossierAsync(client, Person(surname, nationalNumber));
        if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new Xunit.Sdk.XunitException($"open failed {response.StatusCode}: {body}");
        return (string)body["number"]!;
    }

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["array"] = JsonNode.Parse(text) };
    }

    public static async Task<JsonArray> ArrayAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonArray ?? throw new Xunit.Sdk.XunitException("not an array");

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
