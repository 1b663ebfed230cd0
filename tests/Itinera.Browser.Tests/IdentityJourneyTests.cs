using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Itinera.Browser.Tests;

/// <summary>Issue 3 in a real Chromium: results as you type across spellings, and the duplicate warning at registration.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class IdentityJourneyTests(ServerFixture server)
{
    private Task<IPage> LoggedInPageAsync(string user = "agent") => server.LoggedInPageAsync(user);

    private static async Task<string> OpenAsync(IPage page, string surname, string given, string birth, bool confirm = false)
    {
        await page.GotoAsync("/Dossiers/New");
        await page.FillAsync("#surname", surname);
        await page.FillAsync("#givenNames", given);
        await page.SelectOptionAsync("#sex", "M");
        await page.FillAsync("#birthDate", birth);
        await page.SelectOptionAsync("#nationality-0", "SD");
        if (confirm) await page.CheckAsync("#DifferentPerson");
        await page.ClickAsync("main form.stack button[type=submit]");
        await page.WaitForURLAsync(Urls.Dossier());
        return Urls.Dossier().Match(page.Url).Groups[1].Value;
    }

    [Fact]
    public async Task Registration_WarnsOfTheExistingDossier_AndGoesOnOnlyWhenTheOfficerConfirmsADifferentPerson()
    {
        var page = await LoggedInPageAsync();
        var family = "Osman" + Letters();
        var existing = await OpenAsync(page, family, "Abdelrahman", "1992-07-14");

        // Another spelling and order, same birth date: the existing dossier is shown and nothing is created.
        await page.GotoAsync("/Dossiers/New");
        await page.FillAsync("#surname", family.ToUpperInvariant());
        await page.FillAsync("#givenNames", "Abd al-Rahman");
        await page.SelectOptionAsync("#sex", "M");
        await page.FillAsync("#birthDate", "1992-07-14");
        await page.SelectOptionAsync("#nationality-0", "SD");
        await page.ClickAsync("main form.stack button[type=submit]");
        var warning = page.Locator("#duplicate-warning");
        await warning.WaitForAsync();
        Assert.Contains(existing, await warning.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("/Dossiers/New", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "duplicate-warning.png"), FullPage = true });

        // The officer checks and states it is someone else: the dossier is opened.
        await page.CheckAsync("#DifferentPerson");
        await page.ClickAsync("main form.stack button[type=submit]");
        await page.WaitForURLAsync(Urls.Dossier());
        Assert.NotEqual(existing, Urls.Dossier().Match(page.Url).Groups[1].Value);
    }

    [Fact]
    public async Task SearchBox_ShowsResultsAsYouType_AcrossScriptAndSpelling()
    {
        var page = await LoggedInPageAsync();
        var family = "Idris" + Letters();
        var number = await OpenAsync(page, family, "Mohammed", "1987-01-30");

        await page.GotoAsync("/");
        // Typed, not submitted: the results come while typing.
        await page.Locator("#q").PressSequentiallyAsync($"Muhammad {family.ToLowerInvariant()}", new LocatorPressSequentiallyOptions { Delay = 20 });
        var link = page.Locator($"#results a:has-text('{number}')");
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var row = await page.Locator("#results tbody tr").First.InnerTextAsync();
        Assert.Contains(number, row, StringComparison.Ordinal);
        // The reasons name the parts that met: the other spelling of the given name among them.
        Assert.Matches("muhammad\\W+≈\\W+mohammed", row);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "search-as-you-type.png"), FullPage = true });
    }

    /// <summary>Letters only, so the surname reads as one name word unknown to the demo data.</summary>
    private static string Letters() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16) % 26)).Take(6).ToArray());

}
