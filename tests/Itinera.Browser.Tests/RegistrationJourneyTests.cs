using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Itinera.Browser.Tests;

/// <summary>A caseworker's day in a real Chromium against a real server: log in, open a dossier, find it, read its timeline.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class RegistrationJourneyTests(ServerFixture server)
{
    private Task<IPage> LoggedInPageAsync(string user = "agent") => server.LoggedInPageAsync(user);

    [Fact]
    public async Task Caseworker_OpensDossier_FindsIt_AndReadsItsTimeline()
    {
        var page = await LoggedInPageAsync();
        var surname = "Haile-" + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/Dossiers/New");
        await page.FillAsync("#surname", surname);
        await page.FillAsync("#givenNames", "Selam");
        await page.FillAsync("#originalScriptName", "ሰላም ሃይለ");
        await page.SelectOptionAsync("#sex", "F");
        await page.FillAsync("#birthDate", "1994-03");
        await page.SelectOptionAsync("#nationality-0", "ER");
        await page.ClickAsync("main form button[type=submit]");

        await page.WaitForURLAsync(Urls.Dossier());
        var number = Urls.Dossier().Match(page.Url).Groups[1].Value;
        Assert.Matches(@"^\d{4}-\d{6}-\d{2}$", number);
        Assert.Contains(surname, await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // Find it again from the search box, by the first letters of the surname.
        await page.GotoAsync("/");
        await page.FillAsync("#q", surname[..9]);
        await page.PressAsync("#q", "Enter");
        await page.ClickAsync($"a:has-text('{number}')");
        await page.WaitForURLAsync(Urls.Dossier());

        // The timeline shows the opening of the dossier.
        var timeline = page.Locator("h2#timeline + table tbody tr");
        Assert.True(await timeline.CountAsync() >= 1);
        var first = await timeline.First.InnerTextAsync();
        Assert.Contains("agent", first, StringComparison.Ordinal);

        // Kept beside the test binaries for a person to look at (not compared with anything).
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "dossier-page.png"), FullPage = true });
    }

    [Fact]
    public async Task InvalidNewDossier_ShowsEveryInvalidField_AndCreatesNothing()
    {
        var page = await LoggedInPageAsync();
        var before = await CountResultsAsync(page, "Zzyzx");

        await page.GotoAsync("/Dossiers/New");
        await page.FillAsync("#givenNames", "Zzyzx");
        await page.FillAsync("#birthDate", "1985-02-30");
        await page.FillAsync("#nationalNumber", "85073003327");
        await page.ClickAsync("main form button[type=submit]");

        var summary = page.Locator("#error-summary");
        await summary.WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#surname", "aria-invalid"));
        Assert.Equal("true", await page.GetAttributeAsync("#birthDate", "aria-invalid"));
        Assert.Equal("true", await page.GetAttributeAsync("#nationalNumber", "aria-invalid"));
        Assert.Equal("Zzyzx", await page.InputValueAsync("#givenNames"));
        Assert.Equal(before, await CountResultsAsync(page, "Zzyzx"));
    }

    [Fact]
    public async Task LanguageChoice_IsRemembered_AcrossPages()
    {
        var page = await LoggedInPageAsync("superviseur");
        await page.ClickAsync("form.lang-switch button[value=nl]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        // Another page, a new request: the choice is kept (cookie), and the interface speaks Dutch.
        await page.GotoAsync("/Dossiers/New");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        Assert.Contains("Naam", await page.InnerTextAsync("label[for=surname]"), StringComparison.Ordinal);
        await page.ClickAsync("form.lang-switch button[value=fr]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    private static async Task<int> CountResultsAsync(IPage page, string q)
    {
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(q));
        return await page.Locator("main table tbody tr").CountAsync();
    }

}
