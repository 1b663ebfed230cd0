using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Itinera.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Itinera.Web.Features.Audit;

/// <summary>
/// The hash chain of the audit trail. Each row's hash covers its fields and the previous row's hash, so an edited,
/// inserted or deleted row breaks the chain at that point. Sealing happens inside the writing transaction, under a
/// lock (a PostgreSQL advisory lock; SQLite's write lock, taken by BEGIN IMMEDIATE), so rows get gap-free sequence
/// numbers in commit order.
/// </summary>
public sealed class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const long PostgresLockKey = 0x17_1E_4A_00;

    internal async Task SealAsync(ItineraDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var (sequence, previous) = db.IsSqlite
            ? await LastOnSqliteAsync(db, ct)
            : await LockAndLastOnPostgresAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("The audit chain is sealed inside the writing transaction."), ct);
        Link(entries, sequence, previous);
    }

    private static void Link(IEnumerable<AuditEntry> entries, long sequence, string previous)
    {
        foreach (var entry in entries)
        {
            // PostgreSQL keeps whole microseconds: hash the instant as it will be stored, or the row never verifies.
            entry.At = entry.At.AddTicks(-(entry.At.UtcTicks % 10));
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = ComputeHash(entry);
            previous = entry.Hash;
        }
    }

    /// <summary>
    /// Appends one row that no other change accompanies (the trace of a read or a search) on PostgreSQL in two round
    /// trips instead of four: BEGIN, the chain lock and the last row in one batch; the row and COMMIT in the next. Same
    /// lock, same links, same hash as <see cref="SealAsync"/>; the row is committed before the caller answers.
    /// </summary>
    internal static async Task AppendAloneOnPostgresAsync(ItineraDbContext db, AuditEntry entry, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var open = false;
        try
        {
            open = true;
            var (sequence, previous) = await LockAndLastOnPostgresAsync(connection, null, ct);
            Link([entry], sequence, previous);
            await using (var write = connection.CreateBatch())
            {
                var insert = Add(write, """
                    INSERT INTO audit_entries ("Id", "Sequence", "At", "Actor", "Purpose", "Action", "ObjectType", "ObjectId", "Outcome", "Detail", "PreviousHash", "Hash")
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                    """);
                foreach (var value in new object?[] { entry.Id, entry.Sequence, entry.At.ToUniversalTime(), entry.Actor, entry.Purpose.ToString(),
                             entry.Action.ToString(), entry.ObjectType, entry.ObjectId, entry.Outcome.ToString(), entry.Detail, entry.PreviousHash, entry.Hash })
                {
                    var parameter = insert.CreateParameter();
                    parameter.Value = value ?? DBNull.Value;
                    insert.Parameters.Add(parameter);
                }
                Add(write, "COMMIT");
                await write.ExecuteNonQueryAsync(ct);
                open = false;
            }
        }
        catch when (open)
        {
            // Leave nothing half-done on a pooled connection; if the connection itself broke, the server rolled back.
            try
            {
                await using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (System.Data.Common.DbException) { }
            catch (InvalidOperationException) { }
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static System.Data.Common.DbBatchCommand Add(System.Data.Common.DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        batch.BatchCommands.Add(command);
        return command;
    }

    /// <summary>The result of <see cref="LastRowSql"/>, the batch's only two-column result (a statement without rows,
    /// such as BEGIN, may or may not count as a result, depending on the driver).</summary>
    private static async Task<(long Sequence, string Hash)> LastRowAsync(System.Data.Common.DbDataReader reader, CancellationToken ct)
    {
        while (reader.FieldCount != 2)
            if (!await reader.NextResultAsync(ct)) throw new InvalidOperationException("The audit chain's last row was not read.");
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0, Genesis);
    }

    private const string LastRowSql = "SELECT \"Sequence\", \"Hash\" FROM audit_entries ORDER BY \"Sequence\" DESC LIMIT 1";

    private static async Task<(long Sequence, string Hash)> LastOnSqliteAsync(ItineraDbContext db, CancellationToken ct)
    {
        var last = await db.Audit.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? (0, Genesis) : (last.Sequence, last.Hash);
    }

    /// <summary>
    /// Takes the chain lock and reads the last row in one round trip: statements of one batch, led by BEGIN when no
    /// transaction is open yet. Under READ COMMITTED each statement gets its own snapshot, taken when it starts, so the
    /// read sees every row committed by the previous holder of the lock.
    /// </summary>
    private static async Task<(long Sequence, string Hash)> LockAndLastOnPostgresAsync(System.Data.Common.DbConnection connection,
        System.Data.Common.DbTransaction? transaction, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        if (transaction is null) Add(batch, "BEGIN");
        else batch.Transaction = transaction;
        Add(batch, $"SELECT pg_advisory_xact_lock({PostgresLockKey})");
        Add(batch, LastRowSql);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await LastRowAsync(reader, ct);
    }

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor,
            e.Purpose.ToString(),
            e.Action.ToString(),
            e.ObjectType,
            e.ObjectId ?? "",
            e.Outcome.ToString(),
            e.Detail ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The last row's position, hash and time: what to publish outside the database (a daily report, another
    /// system) so that cutting rows off the end of the chain can be seen later (<see cref="VerifyAsync"/>). Null while
    /// the trail is empty.</summary>
    public static async Task<AuditHead?> HeadAsync(ItineraDbContext db, CancellationToken ct) =>
        await db.Audit.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new AuditHead(a.Sequence, a.Hash, a.At)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Walks the whole chain in order and reports the first row whose link does not hold. With a head published
    /// earlier, also that the chain still reaches it with the same hash: a chain cut short and one rewritten from some
    /// row on are each consistent in themselves, and only the published head shows them.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(ItineraDbContext db, CancellationToken ct, (long Sequence, string Hash)? publishedHead = null)
    {
        long expectedSequence = 1;
        var previous = Genesis;
        long checkedRows = 0;
        const int page = 5000;
        while (true)
        {
            var rows = await db.Audit.AsNoTracking().Where(a => a.Sequence >= expectedSequence)
                .OrderBy(a => a.Sequence).Take(page).ToListAsync(ct);
            if (rows.Count == 0) break;
            foreach (var row in rows)
            {
                if (row.Sequence != expectedSequence)
                    return new AuditVerification(false, checkedRows, expectedSequence, $"row {expectedSequence} is missing");
                if (row.PreviousHash != previous)
                    return new AuditVerification(false, checkedRows, row.Sequence, $"row {row.Sequence} does not link to row {row.Sequence - 1}");
                if (ComputeHash(row) != row.Hash)
                    return new AuditVerification(false, checkedRows, row.Sequence, $"row {row.Sequence} was altered after it was written");
                if (publishedHead is { } head && row.Sequence == head.Sequence && !string.Equals(row.Hash, head.Hash, StringComparison.OrdinalIgnoreCase))
                    return new AuditVerification(false, checkedRows, row.Sequence, $"row {row.Sequence} is not the published head: the chain was rewritten from it or before");
                previous = row.Hash;
                expectedSequence++;
                checkedRows++;
            }
        }
        if (publishedHead is { } published && checkedRows < published.Sequence)
            return new AuditVerification(false, checkedRows, checkedRows + 1, $"the chain ends at row {checkedRows}, before the published head {published.Sequence}: rows were cut off its end");
        return new AuditVerification(true, checkedRows, null, null);
    }
}

public sealed record AuditHead(long Sequence, string Hash, DateTimeOffset At);

public sealed record AuditVerification(bool Intact, long CheckedRows, long? FirstBrokenSequence, string? Problem);
