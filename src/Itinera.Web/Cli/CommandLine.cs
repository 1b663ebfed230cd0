using System.Text;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Demo;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Cli;

/// <summary>
/// The command-line verbs of the program. Each runs against the configured database (Database:Provider and
/// Database:ConnectionString, also from the environment) and exits 0 on success, 1 on failure, 2 on bad usage.
/// </summary>
public static class CommandLine
{
    private static readonly string[] TwoWordVerbs = ["import", "users", "tokens", "audit", "schema", "duplicates"];

    public static (string Verb, string[] Remaining) Split(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return ("serve", args);
        if (TwoWordVerbs.Contains(args[0]) && args.Length > 1 && !args[1].StartsWith('-'))
            return ($"{args[0]} {args[1]}", args[2..]);
        return (args[0], args[1..]);
    }

    public const string Usage = """
        Usage: dotnet run --project src/Itinera.Web -- <verb> [options]
          serve                                   run the web UI and API (default)
          migrate                                 apply pending database migrations
          seed --dossiers N                       add N synthetic demo dossiers
          import persons --csv FILE [--language fr|nl] [--no-duplicate-check]
                                                  one dossier per CSV row (see README for the columns)
          duplicates scan [--threshold 0.75]      propose likely pairs of the whole registry for review
          users create --username U --roles R1,R2 [--display-name NAME] [--language fr|nl|en]
                                                  password from standard input, or generated and printed
          tokens create --user U [--scopes S1,S2] [--days N] [--name NAME]
                                                  prints the token alone on the last line
          audit head                              the last audit row: SEQUENCE HASH TIME (publish it elsewhere)
          audit verify [--head SEQUENCE:HASH]     check the audit trail's hash chain (and that it still reaches
                                                  a head published earlier, unchanged)
          link --left A.csv [--right B.csv] --out PAIRS.csv [--threshold T]
                                                  scored candidate pairs of persons from import or FEBRL CSV
                                                  (duplicates within A, or A linked to B); needs no database
        Database options: --Database:Provider=Sqlite|Postgres --Database:ConnectionString=...
        """;

    public static async Task<int> RunAsync(WebApplication app, string verb, string[] args)
    {
        var options = Options.Parse(args);
        try
        {
            if (verb is "help" or "--help") { Console.WriteLine(Usage); return 0; }
            if (verb == "link") return Linkage.Run(options.Get, Console.Out, Console.Error);
            if (verb == "migrate")
            {
                using var scope = app.Services.CreateScope();
                var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
                Console.WriteLine(applied.Count == 0 ? "The database is up to date." : $"Applied: {string.Join(", ", applied)}");
                return 0;
            }
            if (verb == "schema script")
            {
                using var scope = app.Services.CreateScope();
                Console.WriteLine(scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Database.GenerateCreateScript());
                return 0;
            }

            // Every other verb needs an up-to-date schema and refuses a database with pending migrations.
            var db = app.Services.GetRequiredService<DatabaseOptions>();
            await DatabaseSetup.PrepareAsync(app.Services, db.MigrateOnStart);
            using (var scope = app.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureRolesAsync();

            return verb switch
            {
                "seed" => await SeedAsync(app, options),
                "import persons" => await ImportAsync(app, options),
                "users create" => await CreateUserAsync(app, options),
                "tokens create" => await CreateTokenAsync(app, options),
                "audit verify" => await VerifyAsync(app, options),
                "audit head" => await HeadAsync(app),
                "duplicates scan" => await ScanDuplicatesAsync(app, options),
                _ => BadUsage($"Unknown verb '{verb}'."),
            };
        }
        catch (PendingMigrationsException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static int BadUsage(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static IServiceScope ConsoleScope(WebApplication app, AuditPurpose purpose)
    {
        var scope = app.Services.CreateScope();
        // Services resolved in this scope act as the console operator, not as an HTTP user.
        var actor = (ConsoleActorHolder)scope.ServiceProvider.GetRequiredService<ConsoleActorHolder>();
        actor.Actor = new ConsoleActor("console:" + Environment.UserName, purpose);
        return scope;
    }

    private static async Task<int> SeedAsync(WebApplication app, Options o)
    {
        if (!o.TryInt("dossiers", out var n) || n < 1) return BadUsage("seed needs --dossiers N (N ≥ 1).");
        using var scope = ConsoleScope(app, AuditPurpose.Administration);
        var created = await scope.ServiceProvider.GetRequiredService<DemoData>().AddDossiersAsync(n, seed: Environment.TickCount);
        Console.WriteLine($"Created {created} demo dossiers.");
        return 0;
    }

    private static async Task<int> ImportAsync(WebApplication app, Options o)
    {
        if (o.Get("csv") is not { } path) return BadUsage("import persons needs --csv FILE.");
        var language = o.Get("language") ?? "fr";
        if (language is not ("fr" or "nl")) return BadUsage("--language is fr or nl (the language of the procedure).");
        if (!File.Exists(path)) { Console.Error.WriteLine($"No such file: {path}"); return 1; }
        using var scope = ConsoleScope(app, AuditPurpose.Import);
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var import = scope.ServiceProvider.GetRequiredService<PersonImport>();
        import.CheckDuplicates = o.Get("no-duplicate-check") != "true";
        var report = await import.ImportAsync(reader, language, CancellationToken.None);
        foreach (var r in report.Rejected) Console.WriteLine($"line {r.Line}: rejected: {r.Reason}");
        Console.WriteLine($"Imported {report.Created} dossier(s), rejected {report.Rejected.Count} row(s) in {started.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private static async Task<int> ScanDuplicatesAsync(WebApplication app, Options o)
    {
        var threshold = Domain.Identity.PersonMatcher.LikelyMatch;
        if (o.Get("threshold") is { } t && (!double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out threshold) || threshold is < 0.5 or > 1))
            return BadUsage("--threshold is a number between 0.5 and 1.");
        using var scope = ConsoleScope(app, AuditPurpose.Registration);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<Features.Identity.DuplicateReview>().ScanAsync(threshold, CancellationToken.None);
        Console.WriteLine($"Scanned {report.Scanned} person(s): {report.Proposed} new pair(s) in the review queue, in {started.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private static async Task<int> CreateUserAsync(WebApplication app, Options o)
    {
        if (o.Get("username") is not { } username || o.Get("roles") is not { } roles)
            return BadUsage("users create needs --username U --roles R1,R2.");
        string? password = null;
        if (Console.IsInputRedirected)
        {
            password = (await Console.In.ReadLineAsync())?.Trim();
            if (string.IsNullOrEmpty(password)) password = null;
        }
        using var scope = ConsoleScope(app, AuditPurpose.Administration);
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
            username, o.Get("display-name"), roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), password, o.Get("language"));
        if (result.Errors is not null)
        {
            foreach (var (field, messages) in result.Errors.ToDictionary())
                await Console.Error.WriteLineAsync($"{field}: {string.Join(' ', messages)}");
            return 1;
        }
        Console.WriteLine($"Created user {username} with roles {roles}.");
        if (result.GeneratedPassword is not null) Console.WriteLine($"Password: {result.GeneratedPassword}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(WebApplication app, Options o)
    {
        if (o.Get("user") is not { } username) return BadUsage("tokens create needs --user U.");
        var days = 90;
        if (o.Get("days") is not null && (!o.TryInt("days", out days) || days < 1 || days > AccessApi.MaxTokenDays))
            return BadUsage($"--days is a whole number from 1 to {AccessApi.MaxTokenDays}.");
        var scopes = o.Get("scopes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using var scope = ConsoleScope(app, AuditPurpose.Security);
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<ItineraUser>>();
        var user = await users.FindByNameAsync(username);
        if (user is null) { await Console.Error.WriteLineAsync($"No user {username}."); return 1; }
        var unknown = scopes?.Where(s => !Roles.IsKnown(s)).ToList() ?? [];
        if (unknown.Count > 0) { await Console.Error.WriteLineAsync($"Unknown scope(s): {string.Join(", ", unknown)}"); return 1; }
        var db = sp.GetRequiredService<ItineraDbContext>();
        var actor = sp.GetRequiredService<ICurrentActor>();
        var created = await ApiTokens.CreateAsync(db, users, user, o.Get("name") ?? "cli", scopes, days, actor.Name, sp.GetRequiredService<TimeProvider>().GetUtcNow());
        if (created.RefusedScopes.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{username} does not hold: {string.Join(", ", created.RefusedScopes)}");
            return 1;
        }
        sp.GetRequiredService<AuditTrail>().Record(AuditAction.Create, "token", created.Token!.Id.ToString(), AuditPurpose.Security, detail: $"for {username}; scopes {created.Token.Scopes}");
        await db.SaveChangesAsync();
        Console.WriteLine($"Token {created.Token.Id} for {username}, scopes {created.Token.Scopes}, expires {created.Token.ExpiresAt:yyyy-MM-dd}.");
        Console.WriteLine(created.Secret);
        return 0;
    }

    private static async Task<int> VerifyAsync(WebApplication app, Options options)
    {
        (long, string)? head = null;
        if (options.Get("head") is { } published)
        {
            var parts = published.Split(':', 2);
            if (parts.Length != 2 || !long.TryParse(parts[0], out var sequence) || sequence < 1 || parts[1].Length != 64 || !parts[1].All(Uri.IsHexDigit))
                return BadUsage("--head: SEQUENCE:HASH as 'audit head' printed it (a row number and 64 hexadecimal digits).");
            head = (sequence, parts[1]);
        }
        using var scope = ConsoleScope(app, AuditPurpose.AuditReview);
        var result = await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<ItineraDbContext>(), CancellationToken.None, head);
        if (result.Intact)
        {
            Console.WriteLine($"Audit trail intact: {result.CheckedRows} row(s) checked.");
            return 0;
        }
        await Console.Error.WriteLineAsync($"Audit trail BROKEN at row {result.FirstBrokenSequence}: {result.Problem}. {result.CheckedRows} row(s) before it are intact.");
        return 1;
    }

    private static async Task<int> HeadAsync(WebApplication app)
    {
        using var scope = ConsoleScope(app, AuditPurpose.AuditReview);
        if (await AuditChain.HeadAsync(scope.ServiceProvider.GetRequiredService<ItineraDbContext>(), CancellationToken.None) is not { } head)
        {
            await Console.Error.WriteLineAsync("The audit trail is empty.");
            return 1;
        }
        Console.WriteLine($"{head.Sequence}:{head.Hash} {head.At:O}");
        return 0;
    }

    /// <summary>--name value pairs after the verb.</summary>
    private sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
                var key = args[i][2..];
                var eq = key.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0) values[key[..eq]] = key[(eq + 1)..];
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) values[key] = args[++i];
                else values[key] = "true";
            }
            return new Options(values);
        }

        public string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;

        public bool TryInt(string key, out int value)
        {
            value = 0;
            return Get(key) is { } v && int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value);
        }
    }
}

/// <summary>Lets a console verb say who acts; inside a web request the HTTP user acts.</summary>
public sealed class ConsoleActorHolder(IHttpContextAccessor http) : ICurrentActor
{
    public ConsoleActor? Actor { get; set; }
    private readonly HttpCurrentActor web = new(http);
    public string Name => Actor?.Name ?? web.Name;
    public AuditPurpose? StatedPurpose => Actor?.StatedPurpose ?? web.StatedPurpose;
}
