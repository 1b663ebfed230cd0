using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit.Sdk;

namespace Itinera.Web.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL 15 cluster for the whole test run (initdb into a temp folder, a free port on 127.0.0.1,
/// fsync off), or the server named by ITINERA_TEST_POSTGRES. Every factory gets a fresh database on it.
/// </summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "ITINERA_TEST_POSTGRES";
    private const string Bin = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public string AdminConnectionString { get; }

    private PostgresServer(string admin) => AdminConnectionString = admin;

    private static string? Existing => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s ? s : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Available => Existing is not null || File.Exists(Path.Combine(Bin, "initdb"));

    /// <summary>Null when PostgreSQL tests can run; otherwise why they are skipped. Under CI=true they never skip: they fail.</summary>
    public static string? SkipReason => Available || IsCi ? null
        : $"No PostgreSQL: neither {Bin}/initdb nor {EnvironmentVariable} (set CI=true to make this a failure).";

    public static Task<PostgresServer> GetAsync() => Instance.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "itinera_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Existing is { } existing) return new PostgresServer(existing);
        if (!File.Exists(Path.Combine(Bin, "initdb")))
            throw new XunitException($"PostgreSQL is required (CI=true) but {Bin}/initdb is missing and {EnvironmentVariable} is not set.");

        var root = Path.Combine(Path.GetTempPath(), "itinera-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["-R", "postgres:postgres", root]);
        var port = FreePort();
        await RunPgAsync(asRoot, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"]);
        await RunPgAsync(asRoot, "pg_ctl", ["start", "-w", "-t", "60", "-D", data, "-l", Path.Combine(root, "server.log"), "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"]);
        // The test host can be ended before its exit handlers finish: a detached watcher stops the cluster and removes
        // its folder once this process is gone, whatever the way it ended.
        var stop = (asRoot ? "runuser -u postgres -- " : "") + $"{Bin}/pg_ctl stop -m immediate -D '{data}'";
        var watcher = new ProcessStartInfo("setsid", ["sh", "-c",
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{root}'"])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        Process.Start(watcher)?.Dispose();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunPgAsync(asRoot, "pg_ctl", ["stop", "-m", "immediate", "-w", "-D", data]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException) { }
        };
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = true, ConnectionIdleLifetime = 20,
        };
        return new PostgresServer(admin.ConnectionString);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPgAsync(bool asRoot, string tool, IReadOnlyList<string> args) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args]) : RunAsync(Path.Combine(Bin, tool), args);

    private static async Task RunAsync(string file, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stdout} {await stderr}");
    }
}
