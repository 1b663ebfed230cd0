using System.Globalization;
using Itinera.Domain.Dossiers;
using Itinera.Domain.Stay;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Stay;

/// <summary>A stay to record on a person: dates as YYYY-MM-DD, exit null or absent while the person is still present.</summary>
public sealed record RecordStayRequest(string? Entry, string? Exit, string? Source, string? Note);

/// <summary>A recorded stay; <c>dossierNumber</c>: the dossier it was recorded on (a dossier merged into the one asked for, or that one).</summary>
public sealed record RecordedStayJson(Guid Id, DateOnly Entry, DateOnly? Exit, string Source, DateOnly RecordedOn, string? Note, string? DossierNumber = null);

/// <summary>
/// A recorded stay the 90/180 answer used, with its days inside the 180-day window and the dossier it was recorded on. The
/// same trip recorded on two dossiers later merged shows on both rows, but its days count once in <c>daysUsed</c>.
/// </summary>
public sealed record UsedStayJson(Guid Id, DateOnly Entry, DateOnly? Exit, string Source, int DaysInWindow, string? DossierNumber = null);

/// <summary>
/// The calculator's answer (<see cref="SchengenResultJson"/>, same fields) on a dossier's recorded stays, with the control
/// date, the first day of its window and the stays used: those that began on or before the control date.
/// </summary>
public sealed record DossierSchengenJson(int DaysUsed, int DaysRemaining, int OverstayDays, string? LatestLegalExit, PlannedStayJson? PlannedStay,
    string ControlDate, string WindowStart, IReadOnlyList<UsedStayJson> Stays);

public sealed record StayRecorded(Dossier Dossier, RecordedStay Stay);

/// <summary>
/// The stays that count for a dossier: those recorded on its person and on the persons of every dossier merged into it
/// (transitively), oldest first, with the number of the dossier each was recorded on.
/// </summary>
public sealed record DossierStays(IReadOnlyList<RecordedStay> Stays, IReadOnlyDictionary<Guid, string> DossierOfPerson)
{
    public static readonly DossierStays None = new([], new Dictionary<Guid, string>());

    /// <summary>The number of the dossier <paramref name="stay"/> was recorded on.</summary>
    public string? DossierOf(RecordedStay stay) => DossierOfPerson.GetValueOrDefault(stay.PersonId);
}

/// <summary>The 90/180 answer on a dossier, or the invalid query fields, or no such dossier.</summary>
public sealed record DossierSchengenOutcome(Dossier? Dossier, DossierSchengenJson? Result, ValidationErrors? Errors);

/// <summary>
/// The stays recorded on a person's dossier and the Schengen 90/180-day rule applied to them. A recorded stay is a change
/// to the dossier like an alias: it bumps the dossier's version, adds a timeline event and an audit row, in one save.
/// A merge keeps each stay on the person it was recorded on; the survivor's rule counts the stays of every dossier merged
/// into it (<see cref="ForDossierAsync"/>), and the same trip recorded on two of them counts once (<see cref="Combine"/>).
/// </summary>
public sealed class StayRecords(ItineraDbContext db, DossierService dossiers, AuditTrail audit)
{
    public const int NoteMaxLength = 500;

    /// <summary>The timeline event of a recorded stay; its detail is <see cref="Describe"/>.</summary>
    public const string RecordedEvent = "stay.recorded";

    public async Task<Outcome<StayRecorded>> RecordAsync(string number, RecordStayRequest input, CancellationToken ct)
    {
        var dossier = await Load(number).SingleOrDefaultAsync(ct);
        if (dossier is null) return new(null, NotFound: true);
        // A merged dossier takes no more changes: they go to the dossier at the end of its merge chain.
        if (await dossiers.MergedIntoAsync(dossier, ct) is { } into) return new(null, MergedInto: into);

        var errors = new ValidationErrors();
        // The stays of the dossiers merged into this one are this person's too: a new stay must not overlap them either.
        var existing = (await ForDossierAsync(dossier.Id, ct)).Stays;
        var stay = Validate(input, dossiers.Today, existing, errors);
        if (stay is null) return new(null, errors);

        stay.PersonId = dossier.Person.Id;
        db.Stays.Add(stay);
        dossiers.Touch(dossier, RecordedEvent, ["stays"], detail: Describe(stay));
        audit.Record(AuditAction.Update, "dossier", dossier.Number, detail: "stay recorded");
        var saved = await dossiers.SaveAsync(dossier, dossier.Version - 1, ct);
        return saved.Succeeded ? new(new StayRecorded(saved.Value!, stay)) : new(null, saved.Errors, saved.NotFound, saved.Stale);
    }

    /// <summary>
    /// Checks a stay against the rule's inputs and the person's recorded stays: dates in the past (or today), exit not
    /// before entry, no overlap (leaving and entering again on the same day is one stay, so that overlaps too).
    /// </summary>
    public static RecordedStay? Validate(RecordStayRequest input, DateOnly today, IReadOnlyList<RecordedStay> existing, ValidationErrors errors)
    {
        var entry = InputParsing.ParseDate(input.Entry, "entry", errors, required: true);
        var exit = InputParsing.ParseDate(input.Exit, "exit", errors);
        var source = InputParsing.ParseEnum<StaySource>(input.Source, "source", errors);
        var note = InputParsing.Optional(input.Note, "note", NoteMaxLength, errors);
        foreach (var (date, field) in new[] { (entry, "entry"), (exit, "exit") })
        {
            if (date is not { } d) continue;
            if (d > today) errors.Add(field, Text.Get("v.date-in-future"));
            else if (d < SchengenCheck.MinDate) errors.Add(field, Text.Get("v.range", SchengenCheck.Format(SchengenCheck.MinDate), SchengenCheck.Format(today)));
        }
        if (entry is { } e && exit is { } x && x < e) errors.Add("exit", Text.Get("v.date-order"));
        if (!errors.IsEmpty || entry is null || source is null) return null;

        // A stay with no exit lasts, for now, until today (as the calculator counts it on today's control date).
        var end = exit ?? today;
        var clash = existing.Where(s => s.Entry <= end && entry.Value <= (s.Exit ?? today)).OrderBy(s => s.Entry).FirstOrDefault();
        if (clash is not null)
        {
            // The new entry falls inside the other stay, or the new stay runs on into it.
            errors.Add(entry.Value >= clash.Entry ? "entry" : "exit", Text.Get("schengen.v.overlap", SchengenCheck.Format(clash.Entry)));
            return null;
        }
        return new RecordedStay
        {
            Id = Guid.CreateVersion7(), Entry = entry.Value, Exit = exit, Source = source.Value, RecordedOn = today, Note = note,
        };
    }

    /// <summary>
    /// The stays that count for the dossier: its person's and those of every dossier merged into it, directly or through a
    /// dossier merged into it, oldest first. No audit row: callers have read (and audited) the dossier.
    /// </summary>
    public async Task<DossierStays> ForDossierAsync(Guid dossierId, CancellationToken ct)
    {
        var chain = await db.WithMergedAsync(dossierId, ct);
        if (chain.Count == 0) return DossierStays.None;
        var persons = chain.Select(d => d.PersonId).ToList();
        var stays = await db.Stays.AsNoTracking().Where(s => persons.Contains(s.PersonId)).OrderBy(s => s.Entry).ToListAsync(ct);
        return new DossierStays(stays, chain.ToDictionary(d => d.PersonId, d => d.Number));
    }

    /// <summary>A dossier and the stays that count for it (<see cref="ForDossierAsync"/>); the read is audited.</summary>
    public async Task<(Dossier? Dossier, DossierStays Stays)> ListAsync(string number, string auditDetail, CancellationToken ct)
    {
        var dossier = await Load(number).AsNoTracking().SingleOrDefaultAsync(ct);
        await audit.RecordNowAsync(AuditAction.Read, "dossier", dossier?.Number ?? number, AuditPurpose.CaseHandling,
            dossier is null ? AuditOutcome.Failed : AuditOutcome.Success, dossier is null ? "not found" : auditDetail, ct);
        return dossier is null ? (null, DossierStays.None) : (dossier, await ForDossierAsync(dossier.Id, ct));
    }

    /// <summary>
    /// The 90/180 rule on the dossier's recorded stays, on <paramref name="controlDate"/> (today when absent) and for an
    /// optional planned entry; checked and computed by <see cref="SchengenCheck"/>, as the calculator does.
    /// </summary>
    public async Task<DossierSchengenOutcome> AssessAsync(string number, string? controlDate, string? plannedEntry, CancellationToken ct)
    {
        var control = string.IsNullOrWhiteSpace(controlDate) ? SchengenCheck.Format(dossiers.Today) : controlDate.Trim();
        var (dossier, stays) = await ListAsync(number, "schengen 90/180", ct);
        if (dossier is null) return new(null, null, null);
        var (outcome, used) = Assess(stays.Stays, control, plannedEntry);
        return outcome.Assessment is { } a ? new(dossier, ToJson(a, used, stays), null) : new(dossier, null, outcome.Errors);
    }

    /// <summary>
    /// Applies the rule to recorded stays: those that began after the control date are not part of it. Stays that share a
    /// day (the same trip recorded on two dossiers later merged) are combined first (<see cref="Combine"/>), so a day of
    /// presence counts once and the calculator never sees them as overlapping input.
    /// </summary>
    public static (SchengenOutcome Outcome, IReadOnlyList<RecordedStay> Used) Assess(IReadOnlyList<RecordedStay> stays, string controlDate, string? plannedEntry)
    {
        var used = DateOnly.TryParseExact(controlDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c)
            ? stays.Where(s => s.Entry <= c).OrderBy(s => s.Entry).ToList()
            : [];
        var request = new SchengenRequest([.. Combine(used).Select(s => (StayInput?)new StayInput(SchengenCheck.Format(s.Entry), s.Exit is { } x ? SchengenCheck.Format(x) : null))],
            controlDate, plannedEntry);
        return (SchengenCheck.Run(request), used);
    }

    /// <summary>
    /// The periods of presence the stays describe, oldest first: stays that share at least one day (the calculator's
    /// overlap, a stay without exit running on to the control date) become one, from the first entry to the last exit, or
    /// without exit when one of them has none. Stays of one person never overlap, so this changes nothing for them; it
    /// only joins the same trip recorded on two dossiers that were merged. Stays one day apart stay apart, as recorded.
    /// </summary>
    public static List<ShortStay> Combine(IEnumerable<RecordedStay> stays)
    {
        var combined = new List<ShortStay>();
        foreach (var s in stays.OrderBy(s => s.Entry))
        {
            if (combined.Count > 0 && combined[^1] is var last && (last.Exit is null || s.Entry <= last.Exit))
                combined[^1] = last with { Exit = last.Exit is { } x && s.Exit is { } y ? (x > y ? x : y) : null };
            else
                combined.Add(new ShortStay(s.Entry, s.Exit));
        }
        return combined;
    }

    /// <summary>Days of <paramref name="stay"/> inside the window of <paramref name="a"/>, up to its control date.</summary>
    public static int DaysInWindow(RecordedStay stay, SchengenAssessment a)
    {
        var from = stay.Entry > a.WindowStart ? stay.Entry : a.WindowStart;
        var to = stay.Exit is { } x && x < a.ControlDate ? x : a.ControlDate;
        return to >= from ? to.DayNumber - from.DayNumber + 1 : 0;
    }

    public static DossierSchengenJson ToJson(SchengenAssessment a, IReadOnlyList<RecordedStay> used, DossierStays? origins = null)
    {
        var result = SchengenApi.ToJson(a);
        return new DossierSchengenJson(result.DaysUsed, result.DaysRemaining, result.OverstayDays, result.LatestLegalExit, result.PlannedStay,
            SchengenCheck.Format(a.ControlDate), SchengenCheck.Format(a.WindowStart),
            [.. used.Select(s => new UsedStayJson(s.Id, s.Entry, s.Exit, s.Source.ToString(), DaysInWindow(s, a), origins?.DossierOf(s)))]);
    }

    public static RecordedStayJson ToJson(RecordedStay s, string? dossierNumber = null) =>
        new(s.Id, s.Entry, s.Exit, s.Source.ToString(), s.RecordedOn, s.Note, dossierNumber);

    /// <summary>The timeline's detail: the dates and the source (no note, which may say more about the person).</summary>
    public static string Describe(RecordedStay s) =>
        $"{SchengenCheck.Format(s.Entry)} – {(s.Exit is { } x ? SchengenCheck.Format(x) : "…")} {s.Source}";

    private IQueryable<Dossier> Load(string number)
    {
        var n = DossierNumber.TryParse(number, out var dn) ? dn.ToString() : number;
        return db.Dossiers.Where(d => d.Number == n).Include(d => d.Person);
    }
}
