using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Data;

/// <summary>
/// Versioned SQL migrations, one folder per provider (Data/Migrations/Sqlite, Data/Migrations/Postgres), embedded
/// in the assembly and applied in name order, each in its own transaction. See docs/adr/0002-migrations.md.
/// </summary>
public sealed class SchemaMigrator(ItineraDbContext db, TimeProvider clock)
{
    private const string HistoryTable = "__schema_migrations";

    public sealed record Migration(string Id, string Sql);

    public IReadOnlyList<Migration> Available()
    {
        var folder = db.IsSqlite ? "Sqlite" : "Postgres";
        var prefix = $"Itinera.Web.Data.Migrations.{folder}.";
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new Migration(n[prefix.Length..^4], Read(assembly, n)))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        var applied = await AppliedAsync(ct);
        return Available().Select(m => m.Id).Where(id => !applied.Contains(id)).ToList();
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await EnsureHistoryTableAsync(ct);
        var applied = await AppliedAsync(ct);
        var done = new List<string>();
        foreach (var migration in Available().Where(m => !applied.Contains(m.Id)))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!db.IsSqlite)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4711)", ct);
            // Another instance may have applied it while we waited for the lock.
            if ((await AppliedAsync(ct)).Contains(migration.Id)) { await tx.RollbackAsync(ct); continue; }
            await db.Database.ExecuteSqlRawAsync(migration.Sql, ct);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO __schema_migrations (id, applied_at) VALUES ({migration.Id}, {clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)})", ct);
            await tx.CommitAsync(ct);
            done.Add(migration.Id);
        }
        return done;
    }

    private Task EnsureHistoryTableAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id VARCHAR(150) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", ct);

    private async Task<HashSet<string>> AppliedAsync(CancellationToken ct)
    {
        var exists = db.IsSqlite
            ? await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'").SingleAsync(ct)
            : await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{HistoryTable}'").SingleAsync(ct);
        if (exists == 0) return [];
        var ids = await db.Database.SqlQueryRaw<string>($"SELECT id AS \"Value\" FROM {HistoryTable}").ToListAsync(ct);
        return [.. ids];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
