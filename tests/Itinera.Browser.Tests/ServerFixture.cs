using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Itinera.Browser.Tests;

/// <summary>
/// A real Itinera server (the built program, as `dotnet run` would start it) on a free loopback port with its own
/// SQLite database and demo accounts, and a real Chromium driven by Playwright.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Password = "Browser-Test-Password-2026";
    private Process? server;
    private IPlaywright? playwright;
    private readonly string workDir = Path.Combine(Path.GetTempPath(), "itinera-browser-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public string ServerOutput => output.ToString();
    private readonly System.Text.StringBuilder output = new();

    public static string ChromiumPath => Environment.GetEnvironmentVariable("ITINERA_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does).");
        Directory.CreateDirectory(workDir);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "Itinera.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { dll, $"--Urls={BaseUrl}", $"--Demo:Password={Password}", "--Demo:Dossiers=25" })
            start.ArgumentList.Add(a);
        server = Process.Start(start)!;
        server.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await WaitForHealthAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (server!.HasExited) throw new InvalidOperationException("The server exited:\n" + ServerOutput);
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(300);
        }
        throw new TimeoutException("The server did not become healthy:\n" + ServerOutput);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>A new browser context signed in as a demo user (the login page is where an anonymous visit lands).</summary>
    public async Task<IPage> LoggedInPageAsync(string user = "agent", string locale = "en-GB", bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("form:has(#password) button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        try { Directory.Delete(workDir, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}

/// <summary>Addresses the journeys recognise.</summary>
public static partial class Urls
{
    /// <summary>A dossier page; group 1 is the dossier number.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"/Dossiers/(\d{4}-\d{6}-\d{2})(?:[/?#]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    public static partial System.Text.RegularExpressions.Regex Dossier();
}
