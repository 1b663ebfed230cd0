using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Itinera.Web.Data;
using Microsoft.EntityFrameworkCore;

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
        if (!db.IsSqlite)
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);

        var last = await db.Audit.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? Genesis;
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

    /// <summary>Walks the whole chain in order and reports the first row whose link does not hold.</summary>
    public static async Task<AuditVerification> VerifyAsync(ItineraDbContext db, CancellationToken ct)
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
                previous = row.Hash;
                expectedSequence++;
                checkedRows++;
            }
        }
        return new AuditVerification(true, checkedRows, null, null);
    }
}

public sealed record AuditVerification(bool Intact, long CheckedRows, long? FirstBrokenSequence, string? Problem);
