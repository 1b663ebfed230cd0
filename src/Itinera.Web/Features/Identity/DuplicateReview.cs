using System.Text.Json;
using Itinera.Domain.Identity;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Identity;

public sealed record PersonSideJson(
    Guid PersonId, string DossierNumber, string DossierStatus, string Surname, string GivenNames, string? OriginalScriptName,
    string? Sex, string? BirthDate, string? BirthPlace, IReadOnlyList<string> Nationalities, string? NationalNumber, string? ExternalId,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> IdentityDocuments, DateTimeOffset OpenedAt);

public sealed record PairJson(Guid Id, double Score, string Status, int Version, IReadOnlyList<ReasonJson> Reasons,
    PersonSideJson? A, PersonSideJson? B, DateTimeOffset DetectedAt, string? DecidedBy);

public sealed record ScanReport(int Scanned, int Proposed);

/// <summary>
/// The duplicate scan over the whole registry and its review queue. A pair is proposed once; a pair judged "different
/// persons" stays recorded so that no later scan proposes it again.
/// </summary>
public sealed class DuplicateReview(ItineraDbContext db, RegistryIndex registry, AuditTrail audit, ICurrentActor actor, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Scores every person against the registry and files the new likely pairs in the review queue.</summary>
    public async Task<ScanReport> ScanAsync(double threshold, CancellationToken ct)
    {
        await registry.CatchUpAsync(ct);
        var known = (await db.DuplicatePairs.AsNoTracking().Select(p => new { p.PersonA, p.PersonB }).ToListAsync(ct))
            .Select(p => (p.PersonA, p.PersonB)).ToHashSet();
        var all = registry.Index.Snapshot();
        var now = clock.GetUtcNow();
        var proposed = 0;
        foreach (var (record, entry) in all)
        {
            var primary = record.Names[0];
            var query = new PersonQuery(primary.Display, record.BirthDate, record.Nationalities, record.Sex);
            foreach (var hit in registry.Index.Search(query, 6, threshold, queryShare: 0.5))
            {
                if (hit.Payload.PersonId == entry.PersonId) continue;
                var key = DuplicatePair.Order(entry.PersonId, hit.Payload.PersonId);
                if (!known.Add(key)) continue;
                db.DuplicatePairs.Add(new DuplicatePair
                {
                    Id = Guid.CreateVersion7(), PersonA = key.A, PersonB = key.B, Score = hit.Match.Score, Status = PairStatus.Open,
                    Reasons = JsonSerializer.Serialize(PersonSearch.ToJson(hit).Reasons, Json), DetectedAt = now, DetectedBy = actor.Name, Version = 1,
                });
                proposed++;
            }
            if (db.ChangeTracker.Entries<DuplicatePair>().Count() >= 500)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        audit.Record(AuditAction.Search, "duplicate-pairs", null, AuditPurpose.Registration, detail: $"scan of {all.Count} person(s), {proposed} new pair(s)");
        await db.SaveChangesAsync(ct);
        return new ScanReport(all.Count, proposed);
    }

    public async Task<IReadOnlyList<PairJson>> ListAsync(PairStatus? status, int limit, CancellationToken ct)
    {
        var q = db.DuplicatePairs.AsNoTracking().AsQueryable();
        if (status is { } s) q = q.Where(p => p.Status == s);
        var pairs = await q.OrderByDescending(p => p.Score).ThenBy(p => p.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(ct);
        var sides = await SidesAsync(pairs.SelectMany(p => new[] { p.PersonA, p.PersonB }).Distinct().ToList(), ct);
        await audit.RecordNowAsync(AuditAction.Read, "duplicate-pairs", null, AuditPurpose.Registration, detail: $"{pairs.Count} pair(s)", ct: ct);
        return pairs.Select(p => ToJson(p, sides)).ToList();
    }

    public async Task<PairJson?> GetAsync(Guid id, CancellationToken ct)
    {
        var pair = await db.DuplicatePairs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null) return null;
        var sides = await SidesAsync([pair.PersonA, pair.PersonB], ct);
        foreach (var side in sides.Values)
            audit.Record(AuditAction.Read, "dossier", side.DossierNumber, AuditPurpose.Registration, detail: "duplicate review");
        await db.SaveChangesAsync(ct);
        return ToJson(pair, sides);
    }

    /// <summary>The officer's judgement "these are different persons": kept, and never proposed again.</summary>
    public async Task<(PairJson? Value, bool NotFound, bool Stale, bool InvalidState)> JudgeDifferentAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var pair = await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null) return (null, true, false, false);
        if (expectedVersion is { } v && v != pair.Version) return (null, false, true, false);
        if (pair.Status != PairStatus.Open) return (null, false, false, true);
        pair.Status = PairStatus.DifferentPersons;
        pair.DecidedBy = actor.Name;
        pair.DecidedAt = clock.GetUtcNow();
        db.Entry(pair).Property(p => p.Version).OriginalValue = pair.Version;
        pair.Version++;
        var sides = await SidesAsync([pair.PersonA, pair.PersonB], ct);
        foreach (var side in sides.Values)
            audit.Record(AuditAction.Update, "dossier", side.DossierNumber, AuditPurpose.Registration, detail: "judged a different person from a proposed duplicate");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, false, true, false); }
        return (ToJson(pair, sides), false, false, false);
    }

    private async Task<Dictionary<Guid, PersonSideJson>> SidesAsync(IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        var persons = await db.Persons.AsNoTracking().AsSplitQuery().Where(p => personIds.Contains(p.Id))
            .Include(p => p.Dossier).Include(p => p.Nationalities).Include(p => p.Aliases).Include(p => p.Documents).ToListAsync(ct);
        return persons.ToDictionary(p => p.Id, Side);
    }

    public static PersonSideJson Side(Person p) => new(
        p.Id, p.Dossier.Number, p.Dossier.Status.ToString(), p.Surname, p.GivenNames, p.OriginalScriptName, DossierJsonMapping.SexCode(p.Sex),
        p.BirthDate, p.BirthPlace, p.Nationalities.Select(n => n.Code).Order(StringComparer.Ordinal).ToList(), p.NationalNumber, p.ExternalId,
        p.Aliases.Select(a => (a.GivenNames.Length > 0 ? $"{a.Surname}, {a.GivenNames}" : a.Surname) + (a.BirthDate is null ? "" : $" ({a.BirthDate})")).ToList(),
        p.Documents.Select(d => $"{d.Type} {d.IssuingCountry} {d.DocumentNumber}").ToList(), p.Dossier.OpenedAt);

    private static PairJson ToJson(DuplicatePair p, Dictionary<Guid, PersonSideJson> sides) =>
        new(p.Id, p.Score, p.Status.ToString(), p.Version, JsonSerializer.Deserialize<List<ReasonJson>>(p.Reasons, Json) ?? [],
            sides.GetValueOrDefault(p.PersonA), sides.GetValueOrDefault(p.PersonB), p.DetectedAt, p.DecidedBy);
}
