using System.Data.Common;
using Itinera.Web.Data;
using Itinera.Web.Infrastructure;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class MigrationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Migrations_OnAnEmptyDatabase_YieldTheSchemaOfTheEfModel(Provider provider)
    {
        var migrated = await TestDatabase.CreateAsync(provider);
        var created = await TestDatabase.CreateAsync(provider);
        try
        {
            await using (var db = migrated.NewContext())
            {
                var applied = await new SchemaMigrator(db, TimeProvider.System).MigrateAsync();
                Assert.Contains(applied, id => id.StartsWith("0001", StringComparison.Ordinal));
            }
            await using (var db = created.NewContext())
                Assert.True(await db.Database.EnsureCreatedAsync());

            var fromMigrations = await SchemaAsync(migrated);
            var fromModel = await SchemaAsync(created);
            Assert.NotEmpty(fromModel);
            Assert.Contains(fromModel, l => l.StartsWith("column dossiers.Number", StringComparison.Ordinal));
            Assert.Contains(fromModel, l => l.StartsWith("index dossiers.IX_dossiers_Number unique", StringComparison.Ordinal));
            Assert.Equal(fromModel.Except(fromMigrations).ToList(), Array.Empty<string>());
            Assert.Equal(fromMigrations.Except(fromModel).ToList(), Array.Empty<string>());
        }
        finally
        {
            migrated.Cleanup();
            created.Cleanup();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task PendingMigrations_WithMigrateFalse_RefuseToStart_AndMigrateVerbFixesIt(Provider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            // Only the first migration is applied, as on a server that was not upgraded yet.
            await using (var db = database.NewContext())
            {
                var migrator = new SchemaMigrator(db, TimeProvider.System);
                var all = migrator.Available();
                Assert.True(all.Count >= 2);
                await migrator.MigrateAsync();
            }
            await using (var db = database.NewContext())
            {
                var last = new SchemaMigrator(db, TimeProvider.System).Available()[^1].Id;
                await DropLastMigrationAsync(db, last);
            }

            await using (var factory = ItineraFactory.Unstarted(database, migrate: false))
            {
                var failure = Record.Exception(() => factory.Server);
                Assert.NotNull(failure);
                var pending = Flatten(failure).OfType<PendingMigrationsException>().FirstOrDefault();
                Assert.NotNull(pending);
                Assert.Single(pending.Pending);
            }

            await using (var cli = BuildCli(database, migrate: false))
            {
                var ex = await Assert.ThrowsAsync<PendingMigrationsException>(() => DatabaseSetup.PrepareAsync(cli.Services, allowMigrate: false));
                Assert.Single(ex.Pending);
                Assert.Equal(0, await Cli.CommandLine.RunAsync(cli, "migrate", []));
                await DatabaseSetup.PrepareAsync(cli.Services, allowMigrate: false);
                using var scope = cli.Services.CreateScope();
                Assert.Empty(await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().PendingAsync());
            }

            await using (var factory = ItineraFactory.Unstarted(database, migrate: false))
            {
                var response = await factory.AnonymousClient().GetAsync("/health");
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            }
        }
        finally
        {
            database.Cleanup();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task EmptyDatabase_WithMigrateFalse_ListsEveryMigrationAsPending(Provider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            await using var cli = BuildCli(database, migrate: false);
            var ex = await Assert.ThrowsAsync<PendingMigrationsException>(() => DatabaseSetup.PrepareAsync(cli.Services, allowMigrate: false));
            using var scope = cli.Services.CreateScope();
            var available = scope.ServiceProvider.GetRequiredService<SchemaMigrator>().Available().Select(m => m.Id).ToList();
            Assert.Equal(available, ex.Pending);
        }
        finally
        {
            database.Cleanup();
        }
    }

    /// <summary>Undoes the last migration by hand (what it created and its history row), leaving it pending.</summary>
    private static async Task DropLastMigrationAsync(ItineraDbContext db, string id)
    {
        Assert.Contains("recorded_stays", id, StringComparison.Ordinal);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE recorded_stays;"); // its index goes with it, on both databases
        await db.Database.ExecuteSqlAsync($"DELETE FROM __schema_migrations WHERE id = {id}");
    }

    internal static WebApplication BuildCli(TestDatabase database, bool? migrate)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = database.Arguments(migrate), ContentRootPath = AppContext.BaseDirectory });
        builder.AddItinera();
        return builder.Build();
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException agg)
                foreach (var inner in agg.InnerExceptions.SelectMany(Flatten)) yield return inner;
        }
    }

    /// <summary>Tables, columns (type, nullability) and indexes (uniqueness, columns) as comparable lines.</summary>
    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = new List<string>();
        if (database.Provider == Provider.Sqlite)
        {
            var tables = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__schema_migrations'");
            foreach (var t in tables.Select(r => r[0]))
            {
                lines.Add($"table {t}");
                foreach (var c in await RowsAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{t}')"))
                    lines.Add($"column {t}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
                foreach (var i in await RowsAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{t}')"))
                {
                    var columns = (await RowsAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno")).Select(r => r[0]);
                    lines.Add($"index {t}.{i[0]} {(i[1] == "1" ? "unique" : "non-unique")} {i[2]} ({string.Join(",", columns)})");
                }
            }
        }
        else
        {
            foreach (var c in await RowsAsync(connection,
                "SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, coalesce(column_default, ''), is_identity " +
                "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '__schema_migrations'"))
                lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]}");
            foreach (var t in await RowsAsync(connection,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> '__schema_migrations'"))
                lines.Add($"table {t[0]}");
            foreach (var i in await RowsAsync(connection,
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '__schema_migrations'"))
                lines.Add($"index {i[0]}.{i[1]} {(i[2].Contains("UNIQUE", StringComparison.Ordinal) ? "unique" : "non-unique")} {i[2]}");
            foreach (var f in await RowsAsync(connection,
                "SELECT tc.table_name, tc.constraint_name, tc.constraint_type FROM information_schema.table_constraints tc " +
                "WHERE tc.table_schema = current_schema() AND tc.table_name <> '__schema_migrations' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')"))
                lines.Add($"constraint {f[0]}.{f[1]} {f[2]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
