using Microsoft.Playwright;

namespace Itinera.Browser.Tests;

/// <summary>An officer checks a short stay on the 90/180 page, then reads the rules list, in a real Chromium.</summary>
[Collection(ServerCollection.Name)]
public sealed class SchengenPageTests(ServerFixture server)
{
    private async Task<IPage> LoggedInPageAsync(string user = "agent", bool javaScript = true)
    {
        var page = await server.LoggedInPageAsync(user, javaScript: javaScript);
        // The demo users' own language is French: switch the interface to English, as an officer can.
        await page.ClickAsync("form.lang-switch button[value=en]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        return page;
    }

    [Fact]
    public async Task Officer_EntersTwoStays_AndReadsDaysUsedRemainingAndLatestExit()
    {
        var page = await LoggedInPageAsync();
        await page.ClickAsync("nav.main a[href='/Stay/Schengen']");
        await page.WaitForURLAsync(url => url.EndsWith("/Stay/Schengen", StringComparison.OrdinalIgnoreCase));
        Assert.False(string.IsNullOrEmpty(await page.InputValueAsync("#controlDate"))); // today in Brussels by default

        // 30 days in January, then a stay since 1 March still in progress on 10 March.
        await page.FillAsync("#stay-0-entry", "2025-01-01");
        await page.FillAsync("#stay-0-exit", "2025-01-30");
        await page.FillAsync("#stay-1-entry", "2025-03-01");
        await page.FillAsync("#controlDate", "2025-03-10");
        await page.FillAsync("#plannedEntry", "");
        await page.ClickAsync("#calculate");

        await page.Locator("#result").WaitForAsync();
        Assert.Equal("40", await page.InnerTextAsync("#days-used .value"));
        Assert.Equal("50", await page.InnerTextAsync("#days-remaining .value"));
        Assert.Equal("0", await page.InnerTextAsync("#overstay-days .value"));
        Assert.Equal("2025-04-29", await page.InnerTextAsync("#latest-legal-exit .value"));
        Assert.Contains("2024-09-12", await page.InnerTextAsync("#window"), StringComparison.Ordinal); // 10 March 2025 − 179 days
        Assert.Equal("2025-01-01", await page.InputValueAsync("#stay-0-entry")); // the form keeps what was typed

        // The add-a-stay button adds a row in place.
        var rows = await page.Locator("#stay-rows fieldset").CountAsync();
        await page.ClickAsync("#add-stay");
        Assert.Equal(rows + 1, await page.Locator("#stay-rows fieldset").CountAsync());
        Assert.Equal("Stays[" + rows + "].Entry", await page.GetAttributeAsync($"#stay-{rows}-entry", "name"));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "schengen-page.png"), FullPage = true });

        // Printed, the form gives way to the result, which lists the stays it counted.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("#schengen-form").IsVisibleAsync());
        Assert.True(await page.Locator("#stays-counted").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "schengen-print.png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // An exit before its entry is marked on that input.
        await page.FillAsync("#stay-1-exit", "2025-02-01");
        await page.ClickAsync("#calculate");
        await page.Locator("#error-summary").WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#stay-1-exit", "aria-invalid"));
        Assert.Null(await page.GetAttributeAsync("#stay-0-exit", "aria-invalid"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "schengen-errors.png"), FullPage = false });
    }

    [Fact]
    public async Task WithoutJavaScript_AddingARowAndCalculating_StillWork()
    {
        var page = await LoggedInPageAsync(javaScript: false);
        await page.GotoAsync("/Stay/Schengen");
        var rows = await page.Locator("#stay-rows fieldset").CountAsync();
        await page.FillAsync("#stay-0-entry", "2025-01-01");
        await page.FillAsync("#stay-0-exit", "2025-04-01");
        await page.ClickAsync("#add-stay"); // a round trip to the server, keeping what was typed
        Assert.Equal(rows + 1, await page.Locator("#stay-rows fieldset").CountAsync());
        Assert.Equal("2025-04-01", await page.InputValueAsync("#stay-0-exit"));

        await page.FillAsync("#controlDate", "2025-04-05");
        await page.ClickAsync("#calculate");
        await page.Locator("#result").WaitForAsync();
        Assert.Equal("91", await page.InnerTextAsync("#days-used .value"));
        Assert.Equal("1", await page.InnerTextAsync("#overstay-days .value"));
    }

    [Fact]
    public async Task RulesList_ShowsUnconfirmedBadges_AndTheFamilyReunificationRule()
    {
        var page = await LoggedInPageAsync();
        await page.ClickAsync("nav.main a[href='/Rules']");
        await page.WaitForURLAsync(url => url.EndsWith("/Rules", StringComparison.OrdinalIgnoreCase));

        Assert.True(await page.Locator(".badge.unconfirmed:has-text('UNCONFIRMED')").CountAsync() >= 1);
        var family = page.Locator("article[id='stay.family-reunification.decision']");
        var text = await family.InnerTextAsync();
        Assert.Contains("art 10ter", text, StringComparison.Ordinal);
        Assert.Contains("9 months", text, StringComparison.Ordinal);
        Assert.Contains("the visa is granted", text, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("table[id^='holidays-']").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "rules-page.png"), FullPage = false });
        await page.Locator("article.unconfirmed").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "rules-unconfirmed.png") });
    }
}
