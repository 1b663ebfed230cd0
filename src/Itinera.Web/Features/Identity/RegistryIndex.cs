using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using Itinera.Web.Data;
using Itinera.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Identity;

/// <summary>What a search result shows besides the score: where the person's dossier is.</summary>
public sealed record RegistryEntry(Guid PersonId, string DossierNumber, string? ExternalId, string? BirthDate, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Names);

/// <summary>
/// The in-memory name index of the whole registry (see ADR 0006). Built from the database at start, then kept
/// current from the timeline: every change to a dossier writes an event, and <see cref="CatchUpAsync"/> reloads the
/// dossiers with events newer than the last it saw — after each write in this process (so an officer finds what
/// they just saved) and every few seconds (so writes by the command line or another server instance show up too).
/// Merged dossiers are not indexed: their identities live on as aliases of the dossier they were merged into.
/// </summary>
public sealed class RegistryIndex(IServiceScopeFactory scopes, ILogger<RegistryIndex> log)
{
    private readonly SemaphoreSlim catchUp = new(1, 1);
    private long lastEventId = -1;

    public PersonIndex<RegistryEntry> Index { get; } = new();

    public bool Ready => Volatile.Read(ref lastEventId) >= 0;

    /// <summary>Loads every dossier whose events are newer than the last seen (all of them, the first time).</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        await catchUp.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ItineraDbContext>();
            var since = lastEventId;
            var newest = await db.Events.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            if (newest <= since) return;
            if (since < 0)
            {
                var loaded = 0;
                // One streamed query: a million persons pass through without being held twice.
                await foreach (var p in Persons(db).AsSingleQuery().Where(p => p.Dossier.Status != DossierStatus.Merged).AsAsyncEnumerable().WithCancellation(ct))
                {
                    Upsert(p);
                    loaded++;
                }
                if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Registry index built: {Count} persons", loaded);
            }
            else
            {
                var changed = await db.Events.Where(e => e.Id > since && e.Id <= newest).Select(e => e.DossierId).Distinct().ToListAsync(ct);
                foreach (var chunk in changed.Chunk(500))
                {
                    var persons = await Persons(db).AsSplitQuery().Where(p => chunk.Contains(p.DossierId)).ToListAsync(ct);
                    foreach (var p in persons)
                    {
                        if (p.Dossier.Status == DossierStatus.Merged) Index.Remove(p.Id.ToString());
                        else Upsert(p);
                    }
                }
            }
            Volatile.Write(ref lastEventId, newest);
        }
        finally { catchUp.Release(); }
    }

    private static IQueryable<Person> Persons(ItineraDbContext db) =>
        db.Persons.AsNoTracking().Include(p => p.Dossier).Include(p => p.Nationalities).Include(p => p.Aliases);

    private void Upsert(Person p) => Index.Upsert(RecordOf(p), EntryOf(p));

    public static MatchRecord RecordOf(Person p)
    {
        var birth = PartialDate.TryParse(p.BirthDate, out var b) ? b : (PartialDate?)null;
        var names = new List<KnownName> { KnownName.Of(p.Surname, p.GivenNames, NameSource.Primary, null) };
        if (!string.IsNullOrWhiteSpace(p.OriginalScriptName)) names.Add(KnownName.Of(p.OriginalScriptName, NameSource.OriginalScript, null));
        foreach (var a in p.Aliases)
        {
            var aliasBirth = PartialDate.TryParse(a.BirthDate, out var ab) ? ab : (PartialDate?)null;
            names.Add(KnownName.Of(a.Surname, a.GivenNames, NameSource.Alias, aliasBirth));
            if (!string.IsNullOrWhiteSpace(a.OriginalScriptName)) names.Add(KnownName.Of(a.OriginalScriptName, NameSource.Alias, aliasBirth));
        }
        return new MatchRecord(p.Id.ToString(), names, birth, p.Sex, p.Nationalities.Select(n => n.Code).ToList());
    }

    private static RegistryEntry EntryOf(Person p) =>
        new(p.Id, p.Dossier.Number, p.ExternalId, p.BirthDate, p.Nationalities.Select(n => n.Code).Order(StringComparer.Ordinal).ToList(),
            [p.GivenNames.Length > 0 ? $"{p.Surname}, {p.GivenNames}" : p.Surname]);
}

/// <summary>Builds the index when the server starts, then follows the timeline every few seconds.</summary>
public sealed class RegistryIndexFollower(RegistryIndex registry, ILogger<RegistryIndexFollower> log) : BackgroundService
{
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await registry.CatchUpAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
#pragma warning disable CA1031 // a failed catch-up is retried at the next tick; the server keeps serving
            catch (Exception e) { log.LogWarning("Registry index catch-up failed: {Error}", e.GetType().Name); }
#pragma warning restore CA1031
            await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
