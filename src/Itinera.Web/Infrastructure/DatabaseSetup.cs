using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Infrastructure;

public enum DatabaseProvider { Sqlite, Postgres }

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/itinera.db";
    /// <summary>Apply pending migrations at start. Defaults to true for the embedded SQLite, false for PostgreSQL.</summary>
    public bool? Migrate { get; set; }
    public bool MigrateOnStart => Migrate ?? Provider == DatabaseProvider.Sqlite;
}

public static class DatabaseSetup
{
    public static IServiceCollection AddItineraDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<AuditChain>();
        services.AddDbContext<ItineraDbContext>(b => Configure(b, options));
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var csb = new SqliteConnectionStringBuilder(options.ConnectionString) { ForeignKeys = true, DefaultTimeout = 60 };
                var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
                if (!string.IsNullOrEmpty(directory) && csb.DataSource != ":memory:") Directory.CreateDirectory(directory);
                builder.UseSqlite(csb.ToString());
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}");
        }
    }

    /// <summary>
    /// Applies migrations when allowed; otherwise refuses to go on with a pending migration, so that the code never runs
    /// against a schema it does not know.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, bool allowMigrate, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
        if (db.IsSqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        if (allowMigrate)
        {
            await migrator.MigrateAsync(ct);
            return;
        }
        var pending = await migrator.PendingAsync(ct);
        if (pending.Count > 0)
            throw new PendingMigrationsException(pending);
    }
}

public sealed class PendingMigrationsException(IReadOnlyList<string> pending)
    : Exception($"The database has {pending.Count} pending migration(s): {string.Join(", ", pending)}. " +
                "Run the 'migrate' verb, or start with Database:Migrate=true.")
{
    public IReadOnlyList<string> Pending { get; } = pending;
}
