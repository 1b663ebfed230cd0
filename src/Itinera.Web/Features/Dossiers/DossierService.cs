using Itinera.Domain.Dossiers;
using Itinera.Domain.Persons;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Dossiers;

/// <summary>What happened to a request: a value, invalid fields, not found, or a stale version.</summary>
public sealed record Outcome<T>(T? Value, ValidationErrors? Errors = null, bool NotFound = false, StaleVersion? Stale = null,
    IReadOnlyList<Identity.PersonHitJson>? PossibleDuplicates = null, string? MergedInto = null)
{
    public bool Succeeded => Value is not null && Errors is null && !NotFound && Stale is null && PossibleDuplicates is null && MergedInto is null;
}

public sealed record StaleVersion(int CurrentVersion, IReadOnlyList<string> ChangedFields);

/// <summary>
/// The use cases on a dossier, shared by the API, the web pages and the command line. Each one is a single
/// SaveChangesAsync: the change, its timeline event and its audit row commit together or not at all.
/// </summary>
public sealed class DossierService(ItineraDbContext db, AuditTrail audit, Features.Audit.ICurrentActor actor, TimeProvider clock,
    Identity.PersonSearch search, Identity.RegistryIndex registry)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Opens a dossier, unless the person looks like someone who already has one: then the likely dossiers are
    /// returned and nothing is created until the officer confirms this is a different person. That judgement is kept
    /// (the pairs are recorded as different persons, so the duplicate scan does not propose them again).
    /// </summary>
    public async Task<Outcome<Dossier>> OpenAsync(PersonInput person, string? language, CancellationToken ct, bool confirmedDifferentPerson = false)
    {
        var errors = new ValidationErrors();
        var valid = PersonValidation.Validate(person, Today, errors, "person.");
        var lang = PersonValidation.Clean(language)?.ToLowerInvariant() ?? "fr";
        if (lang is not ("fr" or "nl")) errors.Add("language", Text.Get("v.language"));
        if (valid is null || !errors.IsEmpty) return new(null, errors);

        var likely = await search.FindAsync(QueryOf(valid), 5, ct, Domain.Identity.PersonMatcher.LikelyMatch, AuditPurpose.Registration);
        if (likely.Count > 0 && !confirmedDifferentPerson)
            return new(null, PossibleDuplicates: likely.Select(Identity.PersonSearch.ToJson).ToList());

        var now = clock.GetUtcNow();
        var year = Today.Year;
        var sequence = (await DossierNumbers.ReserveAsync(db, year, 1, ct))[0];
        var dossier = NewDossier(valid, lang, new DossierNumber(year, sequence).ToString(), now, actor.Name,
            detail: likely.Count > 0 ? $"{likely.Count} possible duplicate(s) judged different persons" : null);
        db.Dossiers.Add(dossier);
        foreach (var hit in likely)
        {
            var (a, b) = Identity.DuplicatePair.Order(dossier.Person.Id, hit.Payload.PersonId);
            db.DuplicatePairs.Add(new Identity.DuplicatePair
            {
                Id = Guid.CreateVersion7(), PersonA = a, PersonB = b, Score = hit.Match.Score, Status = Identity.PairStatus.DifferentPersons,
                Reasons = System.Text.Json.JsonSerializer.Serialize(Identity.PersonSearch.ToJson(hit).Reasons, Identity.DuplicateReview.Json),
                DetectedAt = now, DetectedBy = actor.Name, DecidedAt = now, DecidedBy = actor.Name, Version = 1,
            });
        }
        audit.Record(AuditAction.Create, "dossier", dossier.Number, AuditPurpose.Registration,
            detail: likely.Count > 0 ? $"confirmed different from {string.Join(' ', likely.Select(h => h.Payload.DossierNumber))}" : null);
        await db.SaveChangesAsync(ct);
        await registry.CatchUpAsync(ct);
        return new(dossier);
    }

    /// <summary>The search a registration runs: the person's name, birth date, nationalities and sex.</summary>
    public static Domain.Identity.PersonQuery QueryOf(ValidPerson p) =>
        new(p.GivenNames.Length > 0 ? p.Surname + " " + p.GivenNames : p.Surname, p.BirthDate, p.Nationalities, p.Sex);

    /// <summary>Builds a new dossier with its person and its first timeline event (also used by import and seed).</summary>
    public static Dossier NewDossier(ValidPerson valid, string language, string number, DateTimeOffset now, string actorName, string eventType = "dossier.opened", string? detail = null)
    {
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            Language = language,
            OpenedAt = now,
            OpenedBy = actorName,
            Version = 1,
        };
        var person = new Person { Id = Guid.CreateVersion7(), DossierId = dossier.Id, Surname = valid.Surname };
        valid.ApplyTo(person);
        dossier.Person = person;
        dossier.Events.Add(new DossierEvent
        {
            DossierId = dossier.Id, OccurredAt = now, Actor = actorName, Type = eventType, Version = 1,
            Fields = string.Join(',', ValidPerson.FieldNames), Detail = detail,
        });
        return dossier;
    }

    /// <summary>Reads a dossier with everything on it, and records the read in the audit trail.</summary>
    public async Task<Dossier?> GetAsync(string number, CancellationToken ct, AuditPurpose purpose = AuditPurpose.CaseHandling)
    {
        var dossier = await Load(number).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(ct);
        await audit.RecordNowAsync(AuditAction.Read, "dossier", number, purpose,
            dossier is null ? AuditOutcome.Failed : AuditOutcome.Success, dossier is null ? "not found" : null, ct);
        return dossier;
    }

    /// <summary>
    /// The dossier's events, newest first, with those of every dossier merged into it, directly or through a dossier
    /// merged into it before: each event keeps the number of the dossier it happened on (its origin).
    /// </summary>
    public async Task<IReadOnlyList<(DossierEvent Event, string Origin)>> TimelineAsync(Guid dossierId, CancellationToken ct)
    {
        var dossiers = (await db.WithMergedAsync(dossierId, ct)).ToDictionary(d => d.Id, d => d.Number);
        var ids = dossiers.Keys.ToList();
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.DossierId)).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync(ct);
        return events.Select(e => (e, dossiers[e.DossierId])).ToList();
    }

    public Task<string?> NumberOfAsync(Guid dossierId, CancellationToken ct) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Number).SingleOrDefaultAsync(ct);

    /// <summary>The numbers of every dossier merged into this one, directly or through a dossier merged into it before.</summary>
    public async Task<IReadOnlyList<string>> MergedIntoThisAsync(Guid dossierId, CancellationToken ct) =>
        (await db.WithMergedAsync(dossierId, ct)).Where(d => d.Id != dossierId).Select(d => d.Number).ToList();

    /// <summary>A merged dossier takes no more changes: they go to the dossier at the end of its merge chain (the one it
    /// was merged into may have been merged since). Null for a dossier that is not merged.</summary>
    public async Task<string?> MergedIntoAsync(Dossier dossier, CancellationToken ct) =>
        dossier.Status == DossierStatus.Merged && dossier.MergedIntoId is { } into
            ? await NumberOfAsync(await db.KeptDossierIdAsync(into, ct), ct)
            : null;

    public async Task<Outcome<Dossier>> UpdatePersonAsync(string number, int expectedVersion, PersonInput input, CancellationToken ct)
    {
        var dossier = await Load(number).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (dossier is null) return new(null, NotFound: true);
        if (await MergedIntoAsync(dossier, ct) is { } into) return new(null, MergedInto: into);
        if (dossier.Version != expectedVersion) return new(null, Stale: await StaleAsync(dossier, expectedVersion, ct));

        var errors = new ValidationErrors();
        var valid = PersonValidation.Validate(input, Today, errors);
        if (valid is null) return new(null, errors);

        var changed = valid.ChangedFrom(dossier.Person);
        if (changed.Count == 0) return new(dossier);
        valid.ApplyTo(dossier.Person);
        Touch(dossier, "person.updated", changed);
        audit.Record(AuditAction.Update, "dossier", dossier.Number, detail: "person: " + string.Join(',', changed));
        return await SaveAsync(dossier, expectedVersion, ct);
    }

    public Task<Outcome<Dossier>> AddAliasAsync(string number, AliasInput input, CancellationToken ct) =>
        AddToPersonAsync(number, errors => input.Validate(Today, errors), (person, alias) =>
        {
            alias.PersonId = person.Id;
            person.Aliases.Add(alias);
            return new Addition("alias.added", "aliases", alias.Source.ToString(), "alias added");
        }, ct);

    public Task<Outcome<Dossier>> AddIdentityDocumentAsync(string number, IdentityDocumentInput input, CancellationToken ct) =>
        AddToPersonAsync(number, input.Validate, (person, document) =>
        {
            document.PersonId = person.Id;
            person.Documents.Add(document);
            return new Addition("identity-document.added", "identityDocuments", document.Type.ToString(), "identity document added");
        }, ct);

    /// <summary>Records a new address; the current one ends the day before (address history).</summary>
    public Task<Outcome<Dossier>> AddAddressAsync(string number, AddressInput input, CancellationToken ct) =>
        AddToPersonAsync(number, errors => input.Validate(Today, errors), (person, address) =>
        {
            foreach (var current in person.Addresses.Where(a => a.ValidTo is null && a.ValidFrom <= address.ValidFrom))
                current.ValidTo = address.ValidFrom == current.ValidFrom ? current.ValidFrom : address.ValidFrom.AddDays(-1);
            address.PersonId = person.Id;
            person.Addresses.Add(address);
            return new Addition("address.added", "addresses", address.PostalCode + " " + address.Municipality, "address added");
        }, ct);

    private sealed record Addition(string EventType, string Field, string Detail, string AuditDetail);

    /// <summary>The shape shared by every addition to a person: validate, attach, timeline event, audit row, save.</summary>
    private async Task<Outcome<Dossier>> AddToPersonAsync<T>(string number, Func<ValidationErrors, T?> validate,
        Func<Person, T, Addition> attach, CancellationToken ct) where T : class
    {
        var dossier = await Load(number).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (dossier is null) return new(null, NotFound: true);
        if (await MergedIntoAsync(dossier, ct) is { } into) return new(null, MergedInto: into);
        var errors = new ValidationErrors();
        var item = validate(errors);
        if (item is null) return new(null, errors);
        // Added explicitly: a new entity with its Guid key already set, found only through a navigation, would be
        // taken for an existing row (UPDATE of nothing → a false concurrency conflict).
        db.Add(item);
        var addition = attach(dossier.Person, item);
        Touch(dossier, addition.EventType, [addition.Field], detail: addition.Detail);
        audit.Record(AuditAction.Update, "dossier", dossier.Number, detail: addition.AuditDetail);
        return await SaveAsync(dossier, dossier.Version - 1, ct);
    }

    /// <summary>Exact and prefix search on names, dossier number, national number and external reference.</summary>
    public async Task<IReadOnlyList<Dossier>> SearchAsync(string query, int limit, CancellationToken ct)
    {
        var q = PersonValidation.Clean(query) ?? "";
        limit = Math.Clamp(limit, 1, 100);
        IQueryable<Dossier> found;
        if (DossierNumber.TryParse(q, out var dn))
        {
            var n = dn.ToString();
            found = db.Dossiers.Where(d => d.Number == n);
        }
        else if (BelgianIdentifier.Check(q) is { Valid: true, Normalised: { } nn })
        {
            found = db.Dossiers.Where(d => d.Person.NationalNumber == nn);
        }
        else
        {
            var words = NameKey.Words(q);
            if (words.Count == 0) return [];
            found = db.Dossiers.Where(d => d.Person.ExternalId == q);
            var byName = db.Dossiers.AsQueryable();
            foreach (var w in words)
            {
                var spaced = " " + w;
                byName = byName.Where(d =>
                    d.Person.SearchSurname.StartsWith(w) || d.Person.SearchGivenNames.StartsWith(w)
                    || d.Person.SearchSurname.Contains(spaced) || d.Person.SearchGivenNames.Contains(spaced)
                    || d.Person.Aliases.Any(a => a.SearchSurname.StartsWith(w) || a.SearchGivenNames.StartsWith(w)
                                                 || a.SearchSurname.Contains(spaced) || a.SearchGivenNames.Contains(spaced)));
            }
            found = found.Union(byName);
        }
        var key = NameKey.Of(q);
        var results = await found.Include(d => d.Person).ThenInclude(p => p.Nationalities).AsNoTracking()
            .OrderByDescending(d => d.Person.SearchSurname == key).ThenBy(d => d.Person.SearchSurname).ThenBy(d => d.Person.SearchGivenNames)
            .Take(limit).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Search, "dossier", null, AuditPurpose.Search, detail: $"{results.Count} result(s)", ct: ct);
        return results;
    }

    private IQueryable<Dossier> Load(string number)
    {
        var n = DossierNumber.TryParse(number, out var dn) ? dn.ToString() : number;
        return db.Dossiers.Where(d => d.Number == n)
            .Include(d => d.Person).ThenInclude(p => p.Nationalities)
            .Include(d => d.Person).ThenInclude(p => p.Aliases)
            .Include(d => d.Person).ThenInclude(p => p.Documents)
            .Include(d => d.Person).ThenInclude(p => p.Addresses)
            .Include(d => d.Register);
    }

    internal void Touch(Dossier dossier, string eventType, IReadOnlyCollection<string> fields, string? detail = null, string? legalBasis = null)
    {
        dossier.Version++;
        db.Events.Add(new DossierEvent
        {
            DossierId = dossier.Id, OccurredAt = clock.GetUtcNow(), Actor = actor.Name, Type = eventType,
            Version = dossier.Version, Fields = string.Join(',', fields), Detail = detail, LegalBasis = legalBasis,
        });
    }

    /// <summary>Saves; a concurrent writer that got there first turns this into a stale-version outcome, changing nothing.</summary>
    internal async Task<Outcome<Dossier>> SaveAsync(Dossier dossier, int expectedVersion, CancellationToken ct)
    {
        // The token the database compares against is the version we loaded, not the one we are writing.
        db.Entry(dossier).Property(d => d.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            await registry.CatchUpAsync(ct);
            return new(dossier);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossier.Id, ct);
            return new(null, Stale: await StaleAsync(current, expectedVersion, ct));
        }
    }

    /// <summary>Which fields changed after the version the caller saw: read from the timeline.</summary>
    private async Task<StaleVersion> StaleAsync(Dossier current, int sinceVersion, CancellationToken ct)
    {
        var fields = await db.Events.AsNoTracking().Where(e => e.DossierId == current.Id && e.Version > sinceVersion && e.Fields != null)
            .Select(e => e.Fields!).ToListAsync(ct);
        var changed = fields.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new StaleVersion(current.Version, changed);
    }
}

public static class DossierNumbers
{
    /// <summary>Reserves <paramref name="count"/> consecutive sequence numbers for the year; atomic on both databases.</summary>
    public static async Task<IReadOnlyList<int>> ReserveAsync(ItineraDbContext db, int year, int count, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO dossier_number_counters (\"Year\", \"Next\") VALUES ({year}, 1) ON CONFLICT (\"Year\") DO NOTHING", ct);
        var next = (await db.Database.SqlQuery<int>(
            $"UPDATE dossier_number_counters SET \"Next\" = \"Next\" + {count} WHERE \"Year\" = {year} RETURNING \"Next\" AS \"Value\"").ToListAsync(ct))[0];
        var first = next - count;
        if (next - 1 > 999_999)
            throw new InvalidOperationException($"Dossier numbers for {year} are exhausted.");
        return Enumerable.Range(first, count).ToList();
    }
}
