using System.Text.Json;
using Itinera.Domain.Persons;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Identity;

/// <summary>
/// For an unmerge: what was recorded on the survivor after the merge and belongs to the restored dossier. <see cref="Stays"/>:
/// stays in the Schengen area recorded on the survivor since the merge (those recorded on the absorbed dossier before it
/// never moved, and stay with it).
/// </summary>
public sealed record MoveToRestored(IReadOnlyList<Guid>? Aliases = null, IReadOnlyList<Guid>? IdentityDocuments = null,
    IReadOnlyList<Guid>? Addresses = null, IReadOnlyList<long>? Events = null, IReadOnlyList<Guid>? Stays = null);

/// <summary>A dossier as a merge chain sees it: its number, language and person.</summary>
public sealed record ChainedDossier(Guid Id, string Number, string Language, Guid PersonId);

/// <summary>
/// Where a merge sends what is recorded on a dossier. A merged dossier points at the dossier it was merged into
/// (<see cref="Dossier.MergedIntoId"/>); that one may itself have been merged later, and a dossier may have had others
/// merged into it before it was merged: the chains are followed to the end, both ways.
/// </summary>
public static class MergeChains
{
    /// <summary>Far more merges than one person ever has; bounds the walk should the data ever hold a cycle.</summary>
    private const int MaxDepth = 64;

    /// <summary>The dossier (first) and every dossier merged into it, directly or through a dossier merged into it.</summary>
    public static async Task<IReadOnlyList<ChainedDossier>> WithMergedAsync(this ItineraDbContext db, Guid dossierId, CancellationToken ct)
    {
        var self = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new ChainedDossier(d.Id, d.Number, d.Language, d.Person.Id)).SingleOrDefaultAsync(ct);
        if (self is null) return [];
        var all = new List<ChainedDossier> { self };
        var seen = new HashSet<Guid> { dossierId };
        var frontier = new List<Guid> { dossierId };
        for (var depth = 0; frontier.Count > 0 && depth < MaxDepth; depth++)
        {
            var next = await db.Dossiers.AsNoTracking().Where(d => d.MergedIntoId != null && frontier.Contains(d.MergedIntoId.Value))
                .Select(d => new ChainedDossier(d.Id, d.Number, d.Language, d.Person.Id)).ToListAsync(ct);
            next = next.Where(d => seen.Add(d.Id)).ToList();
            all.AddRange(next);
            frontier = next.Select(d => d.Id).ToList();
        }
        return all;
    }

    /// <summary>The dossier a merged dossier continues in: its MergedIntoId followed to the end; the dossier itself when not merged.</summary>
    public static async Task<Guid> KeptDossierIdAsync(this ItineraDbContext db, Guid dossierId, CancellationToken ct)
    {
        var current = dossierId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var into = await db.Dossiers.AsNoTracking().Where(d => d.Id == current).Select(d => d.MergedIntoId).SingleOrDefaultAsync(ct);
            if (into is not { } next || next == dossierId) return current;
            current = next;
        }
        return current;
    }
}

public sealed record MergeRequestJson(Guid Id, string Kind, string Status, string SurvivorDossier, string AbsorbedDossier, string Reason,
    string ProposedBy, DateTimeOffset ProposedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, MoveToRestored? MoveToRestored);

/// <summary>A use case's answer: the request, or why not (invalid fields, not found, a rule of the procedure).</summary>
public sealed record MergeOutcome(MergeRequestJson? Value, ValidationErrors? Errors = null, bool NotFound = false, string? Problem = null, string? Detail = null);

/// <summary>
/// Merging two dossiers of one person, and undoing it. Proposed by one officer, carried out only when a second officer
/// with the supervisor role approves (four eyes: the server refuses the proposer's own approval).
/// A merge keeps everything: the absorbed dossier stays, marked merged, with its events, documents and identities; its
/// names become aliases of the survivor (so searches find the survivor), and the survivor's timeline shows the absorbed
/// dossier's events with their origin. An unmerge reopens the absorbed dossier as it was, takes back the aliases the
/// merge brought, and moves to it what the officer says was recorded on the survivor since the merge for that person.
/// </summary>
public sealed class Merging(ItineraDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider clock, DossierService dossiers, RegistryIndex registry)
{
    public async Task<MergeOutcome> ProposeMergeAsync(string? survivorNumber, string? absorbedNumber, string? reason, Guid? pairId, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var survivor = await FindAsync(survivorNumber, "survivor", errors, ct);
        var absorbed = await FindAsync(absorbedNumber, "absorbed", errors, ct);
        var why = CheckReason(reason, errors);
        if (survivor is not null && absorbed is not null && survivor.Id == absorbed.Id) errors.Add("absorbed", Text.Get("v.must-differ"));
        if (!errors.IsEmpty) return new(null, errors);
        if (survivor!.Status == DossierStatus.Merged || absorbed!.Status == DossierStatus.Merged)
            return new(null, Problem: Problems.InvalidState, Detail: "a merged dossier cannot take part in another merge");
        if (await db.MergeRequests.AnyAsync(m => m.Status == MergeStatus.Proposed && (m.AbsorbedDossierId == absorbed.Id || m.SurvivorDossierId == absorbed.Id), ct))
            return new(null, Problem: Problems.InvalidState, Detail: "a merge of this dossier is already awaiting approval");

        var request = new MergeRequest
        {
            Id = Guid.CreateVersion7(), Kind = MergeKind.Merge, SurvivorDossierId = survivor.Id, AbsorbedDossierId = absorbed.Id, PairId = pairId,
            Status = MergeStatus.Proposed, Reason = why!, ProposedBy = actor.Name, ProposedAt = clock.GetUtcNow(), Version = 1,
        };
        db.MergeRequests.Add(request);
        if (pairId is { } pid && await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == pid, ct) is { Status: PairStatus.Open } pair)
        {
            pair.Status = PairStatus.MergeProposed;
            pair.Version++;
        }
        dossiers.Touch(survivor, "merge.proposed", [], detail: $"{absorbed.Number} → {survivor.Number}");
        dossiers.Touch(absorbed, "merge.proposed", [], detail: $"{absorbed.Number} → {survivor.Number}");
        audit.Record(AuditAction.Update, "dossier", survivor.Number, AuditPurpose.CaseHandling, detail: $"merge of {absorbed.Number} proposed");
        audit.Record(AuditAction.Update, "dossier", absorbed.Number, AuditPurpose.CaseHandling, detail: $"merge into {survivor.Number} proposed");
        await db.SaveChangesAsync(ct);
        return new(ToJson(request, survivor.Number, absorbed.Number));
    }

    public async Task<MergeOutcome> ProposeUnmergeAsync(string? absorbedNumber, string? reason, MoveToRestored? move, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var absorbed = await FindAsync(absorbedNumber, "dossier", errors, ct);
        var why = CheckReason(reason, errors);
        if (!errors.IsEmpty) return new(null, errors);
        if (absorbed!.Status != DossierStatus.Merged || absorbed.MergedIntoId is not { } survivorId)
            return new(null, Problem: Problems.InvalidState, Detail: "this dossier is not merged");
        var merge = await LastMergeAsync(absorbed.Id, survivorId, ct);
        if (merge is null) return new(null, Problem: Problems.InvalidState, Detail: "no approved merge found");
        if (await db.MergeRequests.AnyAsync(m => m.Status == MergeStatus.Proposed && m.AbsorbedDossierId == absorbed.Id, ct))
            return new(null, Problem: Problems.InvalidState, Detail: "an unmerge of this dossier is already awaiting approval");
        var survivor = await db.Dossiers.Include(d => d.Person).SingleAsync(d => d.Id == survivorId, ct);
        move ??= new MoveToRestored();
        await CheckMovableAsync(survivor, merge, move, errors, ct);
        if (!errors.IsEmpty) return new(null, errors);

        var request = new MergeRequest
        {
            Id = Guid.CreateVersion7(), Kind = MergeKind.Unmerge, SurvivorDossierId = survivor.Id, AbsorbedDossierId = absorbed.Id,
            UndoesMergeId = merge.Id, MoveToRestored = JsonSerializer.Serialize(move, DuplicateReview.Json), Status = MergeStatus.Proposed,
            Reason = why!, ProposedBy = actor.Name, ProposedAt = clock.GetUtcNow(), Version = 1,
        };
        db.MergeRequests.Add(request);
        dossiers.Touch(survivor, "unmerge.proposed", [], detail: absorbed.Number);
        audit.Record(AuditAction.Update, "dossier", survivor.Number, AuditPurpose.CaseHandling, detail: $"unmerge of {absorbed.Number} proposed");
        await db.SaveChangesAsync(ct);
        return new(ToJson(request, survivor.Number, absorbed.Number));
    }

    /// <summary>Approves (carrying the merge or unmerge out) or rejects; only a supervisor who did not propose it.</summary>
    public async Task<MergeOutcome> DecideAsync(Guid id, bool approve, string? note, bool actorIsSupervisor, CancellationToken ct)
    {
        var request = await db.MergeRequests.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (request is null) return new(null, NotFound: true);
        if (!actorIsSupervisor || string.Equals(request.ProposedBy, actor.Name, StringComparison.Ordinal))
        {
            await audit.RecordNowAsync(AuditAction.Update, "merge-request", id.ToString(), AuditPurpose.CaseHandling, AuditOutcome.Denied, "four eyes", ct);
            return new(null, Problem: Problems.FourEyes, Detail: "the proposer cannot decide, and only a supervisor can");
        }
        if (request.Status != MergeStatus.Proposed) return new(null, Problem: Problems.InvalidState, Detail: $"already {request.Status}");
        if (note is { Length: > 1000 })
        {
            var errors = new ValidationErrors();
            errors.Add("note", Text.Get("v.too-long", 1000));
            return new(null, errors);
        }
        var survivor = await LoadAsync(request.SurvivorDossierId, ct);
        var absorbed = await LoadAsync(request.AbsorbedDossierId, ct);
        var now = clock.GetUtcNow();
        request.Status = approve ? MergeStatus.Approved : MergeStatus.Rejected;
        request.DecidedBy = actor.Name;
        request.DecidedAt = now;
        request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        db.Entry(request).Property(m => m.Version).OriginalValue = request.Version;
        request.Version++;

        if (!approve)
        {
            dossiers.Touch(survivor, $"{Code(request.Kind)}.rejected", [], detail: absorbed.Number);
            if (request.PairId is { } pid && await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == pid, ct) is { Status: PairStatus.MergeProposed } pair)
            {
                pair.Status = PairStatus.Open;
                pair.Version++;
            }
        }
        else if (request.Kind == MergeKind.Merge)
        {
            if (survivor.Status == DossierStatus.Merged || absorbed.Status == DossierStatus.Merged)
                return new(null, Problem: Problems.InvalidState, Detail: "one of the dossiers was merged meanwhile");
            ApplyMerge(request, survivor, absorbed);
            if (request.PairId is { } pid && await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == pid, ct) is { } pair)
            {
                pair.Status = PairStatus.Merged;
                pair.Version++;
            }
        }
        else
        {
            if (absorbed.Status != DossierStatus.Merged || absorbed.MergedIntoId != survivor.Id)
                return new(null, Problem: Problems.InvalidState, Detail: "the dossier is no longer merged");
            await ApplyUnmergeAsync(request, survivor, absorbed, ct);
        }
        audit.Record(AuditAction.Update, "dossier", survivor.Number, AuditPurpose.CaseHandling, detail: $"{Code(request.Kind)} {request.Status} ({absorbed.Number})");
        audit.Record(AuditAction.Update, "dossier", absorbed.Number, AuditPurpose.CaseHandling, detail: $"{Code(request.Kind)} {request.Status} ({survivor.Number})");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new(null, Problem: Problems.InvalidState, Detail: "changed meanwhile; reload"); }
        await registry.CatchUpAsync(ct);
        return new(ToJson(request, survivor.Number, absorbed.Number));
    }

    private void ApplyMerge(MergeRequest request, Dossier survivor, Dossier absorbed)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var from = absorbed.Person;
        var identities = new List<PersonAlias>
        {
            NewAlias(survivor.Person.Id, from.Surname, from.GivenNames, from.OriginalScriptName, from.BirthDate, today, request.Id),
        };
        identities.AddRange(from.Aliases.Select(a => NewAlias(survivor.Person.Id, a.Surname, a.GivenNames, a.OriginalScriptName, a.BirthDate ?? from.BirthDate, today, request.Id)));
        foreach (var alias in identities)
        {
            db.Add(alias);
            survivor.Person.Aliases.Add(alias);
        }
        absorbed.Status = DossierStatus.Merged;
        absorbed.MergedIntoId = survivor.Id;
        dossiers.Touch(survivor, "dossier.merged", ["aliases"], detail: $"{absorbed.Number} merged in; {identities.Count} identit(ies) kept as aliases");
        dossiers.Touch(absorbed, "dossier.merged-into", ["status"], detail: survivor.Number);
    }

    private async Task ApplyUnmergeAsync(MergeRequest request, Dossier survivor, Dossier absorbed, CancellationToken ct)
    {
        var merge = await db.MergeRequests.SingleAsync(m => m.Id == request.UndoesMergeId, ct);
        var move = JsonSerializer.Deserialize<MoveToRestored>(request.MoveToRestored ?? "{}", DuplicateReview.Json) ?? new MoveToRestored();
        foreach (var alias in survivor.Person.Aliases.Where(a => a.MergeRequestId == merge.Id).ToList())
        {
            survivor.Person.Aliases.Remove(alias);
            db.Remove(alias);
        }
        foreach (var alias in survivor.Person.Aliases.Where(a => move.Aliases?.Contains(a.Id) == true).ToList())
            alias.PersonId = absorbed.Person.Id;
        foreach (var doc in survivor.Person.Documents.Where(d => move.IdentityDocuments?.Contains(d.Id) == true).ToList())
            doc.PersonId = absorbed.Person.Id;
        foreach (var address in survivor.Person.Addresses.Where(a => move.Addresses?.Contains(a.Id) == true).ToList())
            address.PersonId = absorbed.Person.Id;
        if (move.Events is { Count: > 0 } events)
        {
            var ids = events.ToList();
            foreach (var e in await db.Events.Where(e => e.DossierId == survivor.Id && ids.Contains(e.Id)).ToListAsync(ct))
                e.DossierId = absorbed.Id;
        }
        var stays = new List<Stay.RecordedStay>();
        if (move.Stays is { Count: > 0 } stayIds)
        {
            var ids = stayIds.ToList();
            stays = await db.Stays.Where(s => s.PersonId == survivor.Person.Id && ids.Contains(s.Id)).ToListAsync(ct);
            foreach (var stay in stays) stay.PersonId = absorbed.Person.Id;
        }
        absorbed.Status = DossierStatus.Open;
        absorbed.MergedIntoId = null;
        var moved = (move.Aliases?.Count ?? 0) + (move.IdentityDocuments?.Count ?? 0) + (move.Addresses?.Count ?? 0) + (move.Events?.Count ?? 0) + stays.Count;
        dossiers.Touch(survivor, "dossier.unmerged", stays.Count > 0 ? ["aliases", "stays"] : ["aliases"],
            detail: $"{absorbed.Number} restored; {moved} item(s) recorded since the merge moved to it");
        dossiers.Touch(absorbed, "dossier.restored", ["status"], detail: survivor.Number);
    }

    /// <summary>Only what was recorded on the survivor after the merge can move to the restored dossier.</summary>
    private async Task CheckMovableAsync(Dossier survivor, MergeRequest merge, MoveToRestored move, ValidationErrors errors, CancellationToken ct)
    {
        var since = merge.DecidedAt ?? merge.ProposedAt;
        var mergeVersion = await db.Events.Where(e => e.DossierId == survivor.Id && e.Type == "dossier.merged" && e.OccurredAt >= since.AddSeconds(-1))
            .OrderBy(e => e.Id).Select(e => (int?)e.Version).FirstOrDefaultAsync(ct) ?? int.MaxValue;
        var person = await db.Persons.AsNoTracking().Include(p => p.Aliases).Include(p => p.Documents).Include(p => p.Addresses).SingleAsync(p => p.DossierId == survivor.Id, ct);
        foreach (var id in move.Aliases ?? [])
            if (person.Aliases.FirstOrDefault(a => a.Id == id) is not { MergeRequestId: null }) errors.Add("moveToRestored.aliases", id.ToString());
        foreach (var id in move.IdentityDocuments ?? [])
            if (person.Documents.All(d => d.Id != id)) errors.Add("moveToRestored.identityDocuments", id.ToString());
        foreach (var id in move.Addresses ?? [])
            if (person.Addresses.All(a => a.Id != id)) errors.Add("moveToRestored.addresses", id.ToString());
        var events = move.Events?.ToList() ?? [];
        if (events.Count > 0)
        {
            var after = await db.Events.Where(e => e.DossierId == survivor.Id && e.Version > mergeVersion && events.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
            foreach (var id in events.Except(after)) errors.Add("moveToRestored.events", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var stayIds = move.Stays?.ToList() ?? [];
        if (stayIds.Count > 0)
        {
            // A stay recorded on the survivor since the merge: a stay of the survivor's own person whose "stay.recorded"
            // event came after the merge's event in the survivor's versions (exact, whatever the clock). A person's stays
            // never overlap, so the event's detail (dates and source) names one stay of that person.
            var candidates = await db.Stays.AsNoTracking().Where(s => s.PersonId == person.Id && stayIds.Contains(s.Id)).ToListAsync(ct);
            var recordedSince = (await db.Events.AsNoTracking()
                .Where(e => e.DossierId == survivor.Id && e.Type == Stay.StayRecords.RecordedEvent && e.Version > mergeVersion && e.Detail != null)
                .Select(e => e.Detail!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var movable = candidates.Where(s => recordedSince.Contains(Stay.StayRecords.Describe(s))).Select(s => s.Id).ToHashSet();
            foreach (var id in stayIds.Where(id => !movable.Contains(id))) errors.Add("moveToRestored.stays", id.ToString());
        }
    }

    public async Task<IReadOnlyList<MergeRequestJson>> ListAsync(MergeStatus? status, CancellationToken ct)
    {
        var q = db.MergeRequests.AsNoTracking().AsQueryable();
        if (status is { } s) q = q.Where(m => m.Status == s);
        var requests = await q.OrderByDescending(m => m.ProposedAt).Take(200).ToListAsync(ct);
        var ids = requests.SelectMany(r => new[] { r.SurvivorDossierId, r.AbsorbedDossierId }).Distinct().ToList();
        var numbers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number, ct);
        await audit.RecordNowAsync(AuditAction.Read, "merge-requests", null, AuditPurpose.CaseHandling, detail: $"{requests.Count} request(s)", ct: ct);
        return requests.Select(r => ToJson(r, numbers.GetValueOrDefault(r.SurvivorDossierId, "?"), numbers.GetValueOrDefault(r.AbsorbedDossierId, "?"))).ToList();
    }

    private async Task<MergeRequest?> LastMergeAsync(Guid absorbedId, Guid survivorId, CancellationToken ct) =>
        await db.MergeRequests.Where(m => m.Kind == MergeKind.Merge && m.Status == MergeStatus.Approved && m.AbsorbedDossierId == absorbedId && m.SurvivorDossierId == survivorId)
            .OrderByDescending(m => m.DecidedAt).FirstOrDefaultAsync(ct);

    private async Task<Dossier?> FindAsync(string? number, string field, ValidationErrors errors, CancellationToken ct)
    {
        var n = Domain.Dossiers.DossierNumber.TryParse(number?.Trim(), out var dn) ? dn.ToString() : null;
        if (n is null) { errors.Add(field, Text.Get("v.required")); return null; }
        var dossier = await db.Dossiers.Include(d => d.Person).SingleOrDefaultAsync(d => d.Number == n, ct);
        if (dossier is null) errors.Add(field, Text.Get("problem.not-found"));
        return dossier;
    }

    private Task<Dossier> LoadAsync(Guid id, CancellationToken ct) =>
        db.Dossiers.AsSplitQuery().Include(d => d.Person).ThenInclude(p => p.Aliases).Include(d => d.Person).ThenInclude(p => p.Documents)
            .Include(d => d.Person).ThenInclude(p => p.Addresses).SingleAsync(d => d.Id == id, ct);

    private static string? CheckReason(string? reason, ValidationErrors errors)
    {
        var r = reason?.Trim();
        if (string.IsNullOrEmpty(r)) errors.Add("reason", Text.Get("v.required"));
        else if (r.Length > 1000) errors.Add("reason", Text.Get("v.too-long", 1000));
        return r;
    }

    private static PersonAlias NewAlias(Guid personId, string surname, string givenNames, string? script, string? birthDate, DateOnly today, Guid mergeId) => new()
    {
        Id = Guid.CreateVersion7(), PersonId = personId, Surname = surname, GivenNames = givenNames, OriginalScriptName = script, BirthDate = birthDate,
        Source = AliasSource.Merge, RecordedOn = today, SearchSurname = NameKey.Of(surname), SearchGivenNames = NameKey.Of(givenNames), MergeRequestId = mergeId,
    };

    private static string Code(MergeKind kind) => kind == MergeKind.Merge ? "merge" : "unmerge";

    private static MergeRequestJson ToJson(MergeRequest r, string survivor, string absorbed) => new(
        r.Id, Code(r.Kind), r.Status.ToString(), survivor, absorbed, r.Reason, r.ProposedBy, r.ProposedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote,
        r.MoveToRestored is null ? null : JsonSerializer.Deserialize<MoveToRestored>(r.MoveToRestored, DuplicateReview.Json));
}
