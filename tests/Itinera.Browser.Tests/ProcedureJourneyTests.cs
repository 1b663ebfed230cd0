using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Itinera.Browser.Tests;

/// <summary>Issue 4 in a real Chromium: a family reunification from lodging to the printed decision, four eyes included.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class ProcedureJourneyTests(ServerFixture server)
{
    private Task<IPage> LoggedInPageAsync(string user) => server.LoggedInPageAsync(user, "fr-BE");

    private static async Task StepAsync(IPage page, string trigger)
    {
        await page.ClickAsync($"form.step[data-trigger='{trigger}'] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static Task<string?> StateAsync(IPage page) => page.GetAttributeAsync("#state", "data-state");

    [Fact]
    public async Task FamilyReunification_LodgedIncompleteCompleted_ProposedThenValidatedByASupervisor_LetterPrinted()
    {
        var agent = await LoggedInPageAsync("agent");
        var surname = "Tesfamariam" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16) % 26)).Take(5).ToArray());
        await agent.GotoAsync("/Dossiers/New");
        await agent.FillAsync("#surname", surname);
        await agent.FillAsync("#givenNames", "Senait");
        await agent.SelectOptionAsync("#sex", "F");
        await agent.FillAsync("#birthDate", "1996-02-11");
        await agent.SelectOptionAsync("#nationality-0", "ER");
        await agent.ClickAsync("main form.stack button[type=submit]");
        await agent.WaitForURLAsync(Urls.Dossier());
        var number = Urls.Dossier().Match(agent.Url).Groups[1].Value;

        // Lodge: family reunification, every document but the proof of kinship.
        await agent.ClickAsync($"a[href='/Procedures/New?dossier={number}']");
        await agent.SelectOptionAsync("#type", "stay.family-reunification");
        await agent.WaitForSelectorAsync("#lodge");
        foreach (var box in await agent.Locator("#lodge input[name=documents]").AllAsync())
            if (await box.GetAttributeAsync("value") != "proof-of-kinship") await box.CheckAsync();
        await agent.ClickAsync("#lodge button[type=submit]");
        await agent.WaitForURLAsync(new Regex("/Procedures/[0-9a-f-]{36}$"));
        Assert.Equal("Lodged", await StateAsync(agent));

        await StepAsync(agent, "mark-incomplete");
        Assert.Equal("Incomplete", await StateAsync(agent));
        Assert.Equal(1, await agent.Locator("#letters a[data-type='text/html']").CountAsync());

        await agent.CheckAsync("form.step[data-trigger='complete'] input[value='proof-of-kinship']");
        await StepAsync(agent, "complete");
        Assert.Equal("Complete", await StateAsync(agent));
        Assert.Contains("10ter", await agent.InnerTextAsync("#deadlines"), StringComparison.Ordinal);

        await agent.FillAsync("form.step[data-trigger='assign'] input[name=officer]", "agent");
        await StepAsync(agent, "assign");
        await StepAsync(agent, "start-examination");
        await agent.SelectOptionAsync("#outcome", "Granted");
        await StepAsync(agent, "propose");
        Assert.Equal("ProposalWritten", await StateAsync(agent));
        var procedureUrl = agent.Url;

        // The proposer is no supervisor: the server refuses; the supervisor validates.
        if (await agent.Locator("form.step[data-trigger='validate']").CountAsync() > 0)
        {
            await StepAsync(agent, "validate");
            Assert.Equal("ProposalWritten", await StateAsync(agent));
            await agent.Locator("#step-error").WaitForAsync();
        }
        var supervisor = await LoggedInPageAsync("superviseur");
        await supervisor.GotoAsync(procedureUrl);
        await StepAsync(supervisor, "validate");
        Assert.Equal("Decided", await StateAsync(supervisor));

        // The decision letter, in French (the dossier's language), printable.
        Assert.Equal(2, await supervisor.Locator("#letters a[data-type='text/html']").CountAsync());
        var href = await supervisor.Locator("#letters a[data-type='text/html']").Last.GetAttributeAsync("href");
        Assert.NotNull(href);
        var letter = await supervisor.Context.NewPageAsync();
        await letter.GotoAsync(href!);
        Assert.Equal("fr", await letter.GetAttributeAsync("html", "lang"));
        var text = await letter.InnerTextAsync("body");
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Décision", text, StringComparison.Ordinal);
        var pdf = await letter.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 1000);
        await letter.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "decision-letter.png"), FullPage = true });
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "procedure-page.png"), FullPage = true });
    }

}
