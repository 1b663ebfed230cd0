using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Reflection;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Sdk;

namespace Itinera.Web.Tests.Infrastructure;

public enum Provider { Sqlite, Postgres }

/// <summary>Theory data: PostgreSQL, skipped with the reason when no server exists (never under CI=true).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (PostgresServer.SkipReason is { } reason) Skip = reason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider.Postgres]];
}

/// <summary>Theory data: the embedded SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider.Sqlite]];
}

/// <summary>Where a test's database lives: a temp SQLite file, or a fresh database on the test PostgreSQL server.</summary>
public sealed class TestDatabase
{
    public required Provider Provider { get; init; }
    public required string ConnectionString { get; init; }
    public required string Folder { get; init; }

    public static async Task<TestDatabase> CreateAsync(Provider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itinera-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var cs = provider == Provider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "itinera.db"), Pooling = false }.ConnectionString
            : await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        return new TestDatabase { Provider = provider, ConnectionString = cs, Folder = folder };
    }

    public DatabaseOptions Options(bool? migrate = true) => new()
    {
        Provider = Provider == Provider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
        ConnectionString = ConnectionString,
        Migrate = migrate,
    };

    /// <summary>A context outside any host, for schema checks and DBA-style tampering.</summary>
    public ItineraDbContext NewContext()
    {
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<ItineraDbContext>();
        DatabaseSetup.Configure(builder, Options());
        return new ItineraDbContext(builder.Options, new Features.Audit.AuditChain());
    }

    /// <summary>The settings the program reads, as command-line arguments.</summary>
    public string[] Arguments(bool? migrate = true) =>
    [
        $"--Database:Provider={Provider}", $"--Database:ConnectionString={ConnectionString}",
        .. migrate is null ? Array.Empty<string>() : [$"--Database:Migrate={migrate.Value.ToString().ToLowerInvariant()}"],
        "--Demo:Enabled=false", $"--Storage:Documents={Path.Combine(Folder, "documents")}", $"--Storage:Keys={Path.Combine(Folder, "keys")}",
    ];

    public void Cleanup()
    {
        if (Provider == Provider.Postgres) NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        else SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The whole program over a test database of the chosen provider, with every log message captured.</summary>
public sealed class ItineraFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; }
    public bool? Migrate { get; }
    public LogCapture Logs { get; } = new();
    private readonly bool ownsDatabase;

    private ItineraFactory(TestDatabase database, bool? migrate, bool ownsDatabase)
    {
        Database = database;
        Migrate = migrate;
        this.ownsDatabase = ownsDatabase;
    }

    public Provider Provider => Database.Provider;

    /// <summary>Test-only services added after the program's own (e.g. a startup filter with a probe).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Creates the factory and starts the program (migrations and roles run at start).</summary>
    public static async Task<ItineraFactory> StartAsync(Provider provider, bool? migrate = true, Action<IServiceCollection>? services = null)
    {
        var factory = new ItineraFactory(await TestDatabase.CreateAsync(provider), migrate, ownsDatabase: true) { ExtraServices = services };
        _ = factory.Server;
        return factory;
    }

    /// <summary>A factory over a database the caller owns (and cleans up); starts on first use.</summary>
    public static ItineraFactory Unstarted(TestDatabase database, bool? migrate) => new(database, migrate, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        if (Migrate is { } m) builder.UseSetting("Database:Migrate", m ? "true" : "false");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Storage:Documents", Path.Combine(Database.Folder, "documents"));
        builder.UseSetting("Storage:Keys", Path.Combine(Database.Folder, "keys"));
        builder.ConfigureLogging(l => l.AddProvider(Logs));
        if (ExtraServices is { } extra) builder.ConfigureServices(extra);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>A user with these roles, created through UserAccounts like the CLI and the admin API do.</summary>
    public async Task<ItineraUser> CreateUserAsync(params string[] roles)
    {
        await using var scope = Scope();
        var name = "user-" + Guid.NewGuid().ToString("N")[..10];
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(name, null, roles, null, "en");
        if (created.Errors is not null)
            throw new XunitException("user creation failed: " + string.Join("; ", created.Errors.ToDictionary().Select(e => e.Key + "=" + string.Join(' ', e.Value))));
        return created.User!;
    }

    /// <summary>A bearer token for the user; scopes default to the user's roles; createdAt shifts the validity window.</summary>
    public async Task<(string Secret, Guid Id)> CreateTokenAsync(ItineraUser user, IReadOnlyList<string>? scopes = null, int days = 30, DateTimeOffset? createdAt = null)
    {
        await using var scope = Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ItineraDbContext>();
        var users = sp.GetRequiredService<UserManager<ItineraUser>>();
        var fresh = await users.FindByIdAsync(user.Id) ?? throw new XunitException("user vanished");
        var created = await ApiTokens.CreateAsync(db, users, fresh, "test", scopes, days, "tests", createdAt ?? TimeProvider.System.GetUtcNow());
        if (created.RefusedScopes.Count > 0) throw new XunitException("refused scopes: " + string.Join(',', created.RefusedScopes));
        await db.SaveChangesAsync();
        return (created.Secret!, created.Token!.Id);
    }

    public async Task<string> TokenAsync(params string[] roles) => (await CreateTokenAsync(await CreateUserAsync(roles))).Secret;

    public HttpClient ClientWithToken(string token, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public async Task<HttpClient> ClientAsync(params string[] roles) => ClientWithToken(await TokenAsync(roles));

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase) Database.Cleanup();
    }
}

/// <summary>One started program per provider, shared by the tests of a class; each test seeds its own data.</summary>
public sealed class Apps : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    private readonly ConcurrentDictionary<Provider, Lazy<Task<ItineraFactory>>> factories = new();

    public Task<ItineraFactory> GetAsync(Provider provider) =>
        factories.GetOrAdd(provider, p => new Lazy<Task<ItineraFactory>>(() => ItineraFactory.StartAsync(p))).Value;

    public async Task DisposeAsync()
    {
        foreach (var lazy in factories.Values)
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
                await (await lazy.Value).DisposeAsync();
    }
}

/// <summary>
/// Keeps every log message the program emits at its configured levels, formatted, with its exception and the scopes
/// active around it (as a provider with IncludeScopes would write them).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();
    private readonly AsyncLocal<ImmutableStack<object>> scopes = new();

    public IReadOnlyCollection<string> Messages => messages.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            var previous = owner.scopes.Value ?? ImmutableStack<object>.Empty;
            owner.scopes.Value = previous.Push(state);
            return new Pop(() => owner.scopes.Value = previous);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = string.Join(" => ", (owner.scopes.Value ?? ImmutableStack<object>.Empty).Reverse().Select(ScopeText));
            owner.messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} [scopes: {scopeText}]");
        }

        private static string ScopeText(object scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? scope + " {" + string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value)) + "}"
            : scope.ToString() ?? "";
    }

    private sealed class Pop(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
