using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Itinera.Domain.Dossiers;
using Itinera.Domain.LegalClock;
using Itinera.Domain.Procedures;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Correspondence;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Procedures;

public sealed record DeadlineJson(string Kind, DateOnly DueDate, string LegalBasis, string Status, int DaysLeft, string RuleCode, string? Consequence, bool Unconfirmed, string? Subject);
public sealed record ChecklistItemJson(string Code, string Label, string? LegalBasis, bool Received);
/// <summary>A letter of the procedure; <c>dossierNumber</c>: the dossier whose register holds it (the one the procedure continued in when it was written).</summary>
public sealed record LetterJson(int Sequence, string Title, string? ContentType, DateOnly Date, string? DossierNumber = null);
public sealed record HistoryJson(int Sequence, string Trigger, string By, DateOnly On, string From, string To);
/// <summary>
/// A procedure. <c>dossierNumber</c>: the dossier it was lodged on. <c>continuesIn</c>: when that dossier was merged, the
/// dossier the procedure continues in (the end of the chain of merges), whose timeline and register take its steps and
/// letters; null otherwise.
/// </summary>
public sealed record ProcedureJson(
    Guid Id, string DossierNumber, string Type, string TypeTitle, string? Variant, string State, string Phase, string Language, string? AssignedTo,
    DateOnly? LodgedOn, IReadOnlyList<ChecklistItemJson> Checklist, IReadOnlyList<string> Missing, IReadOnlyList<DeadlineJson> Deadlines,
    IReadOnlyList<string> AllowedTriggers, Proposal? Proposal, Decision? Decision, NotificationRecord? Notification, IReadOnlyList<HistoryJson> History,
    IReadOnlyList<LetterJson> Letters, int Version, string? ContinuesIn = null);

/// <summary>A use case's answer; <see cref="MergedInto"/>: the dossier is merged, new procedures go to this one.</summary>
public sealed record ProcedureOutcomeResult(ProcedureJson? Value, ValidationErrors? Errors = null, bool NotFound = false, ProcedureError? Rule = null, bool Stale = false,
    string? MergedInto = null);

/// <summary>
/// Procedures on dossiers: lodging, every step through the domain engine, letters at the incomplete notice and the
/// decision. Each step is one SaveChanges: the new trigger, the queue columns, the dossier's timeline event, the
/// audit row and the letter's register entry commit together.
/// A procedure stays on the dossier it was lodged on; when that dossier is merged, the procedure continues in the dossier
/// it was merged into (followed to the end of the chain): its steps, letters and audit rows go there, and that dossier
/// lists it. A merged dossier takes no new procedure.
/// </summary>
public sealed class ProcedureService(ItineraDbContext db, DossierService dossiers, AuditTrail audit, ICurrentActor actor, TimeProvider clock,
    IDocumentStore store, PdfPrinter pdf)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public DateOnly Today => dossiers.Today;

    public async Task<ProcedureOutcomeResult> LodgeAsync(string number, JsonObject? body, CancellationToken ct)
    {
        var n = DossierNumber.TryParse(number, out var dn) ? dn.ToString() : number;
        var dossier = await db.Dossiers.Include(d => d.Person).SingleOrDefaultAsync(d => d.Number == n, ct);
        if (dossier is null) return new(null, NotFound: true);
        // A merged dossier takes no more changes: the application is lodged on the dossier it continues in.
        if (await dossiers.MergedIntoAsync(dossier, ct) is { } into) return new(null, MergedInto: into);
        var errors = new ValidationErrors();
        var type = (string?)body?["type"];
        if (string.IsNullOrWhiteSpace(type) || ProcedureTypes.Find(type) is null)
            errors.Add("type", Text.Get("v.enum", string.Join(", ", ProcedureTypes.All.Select(t => t.Code))));
        if (!errors.IsEmpty) return new(null, errors);
        var id = Guid.CreateVersion7();
        var created = ProcedureEngine.Create(id.ToString(), type!);
        if (!created.IsSuccess) return new(null, Rule: created.Error);
        var lodge = new JsonObject { ["trigger"] = "lodge", ["documents"] = body?["documents"]?.DeepClone() ?? new JsonArray(), ["variantCode"] = body?["variant"]?.DeepClone(), ["on"] = body?["lodgedOn"]?.DeepClone() };
        var trigger = ReadTrigger(lodge, false, errors);
        if (trigger is null) return new(null, errors);
        var step = ProcedureEngine.Transition(created.Value, trigger, Today);
        if (!step.IsSuccess) return new(null, Rule: step.Error);
        var record = new ProcedureRecord
        {
            Id = id, DossierId = dossier.Id, TypeCode = type!, Service = type!.Split('.')[0], State = "", LodgedOn = trigger.On, Version = 1,
            Triggers = JsonSerializer.Serialize(new List<ProcedureTrigger> { trigger }, Json),
        };
        Refresh(record, step.Value);
        db.Procedures.Add(record);
        dossiers.Touch(dossier, "procedure.lodge", ["procedures"], detail: $"{type}", legalBasis: step.Value.Type.LegalBasis);
        audit.Record(AuditAction.Create, "procedure", $"{dossier.Number}/{id}", AuditPurpose.CaseHandling, detail: type);
        await db.SaveChangesAsync(ct);
        return new(await ToJsonAsync(record, step.Value, Ref(dossier), null, ct));
    }

    public async Task<ProcedureOutcomeResult> GetAsync(Guid id, CancellationToken ct)
    {
        var record = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (record is null) return new(null, NotFound: true);
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Person).SingleAsync(d => d.Id == record.DossierId, ct);
        await audit.RecordNowAsync(AuditAction.Read, "procedure", $"{dossier.Number}/{id}", AuditPurpose.CaseHandling, ct: ct);
        var procedure = Rebuild(record);
        return new(await ToJsonAsync(record, procedure, Ref(dossier), await KeptRefAsync(dossier.Id, ct), ct));
    }

    /// <summary>The procedures of the dossier and of every dossier merged into it (directly or not), newest first; each names the dossier it was lodged on.</summary>
    public async Task<IReadOnlyList<ProcedureJson>> ForDossierAsync(Guid dossierId, CancellationToken ct)
    {
        var chain = await db.WithMergedAsync(dossierId, ct);
        var lodgedOn = chain.ToDictionary(d => d.Id, d => new DossierRef(d.Id, d.Number, d.Language));
        var ids = lodgedOn.Keys.ToList();
        var records = await db.Procedures.AsNoTracking().Where(p => ids.Contains(p.DossierId)).OrderByDescending(p => p.LodgedOn).ToListAsync(ct);
        // The dossiers merged into this one continue in the same dossier as this one: this one, or the one it was merged into.
        var kept = await KeptRefAsync(dossierId, ct) ?? lodgedOn.GetValueOrDefault(dossierId);
        var list = new List<ProcedureJson>();
        foreach (var r in records)
        {
            var lodged = lodgedOn[r.DossierId];
            list.Add(await ToJsonAsync(r, Rebuild(r), lodged, kept is not null && kept.Id != lodged.Id ? kept : null, ct));
        }
        return list;
    }

    /// <summary>What the JSON of a procedure needs of a dossier.</summary>
    private sealed record DossierRef(Guid Id, string Number, string Language);

    private static DossierRef Ref(Dossier d) => new(d.Id, d.Number, d.Language);

    /// <summary>The dossier a merged dossier continues in; null when <paramref name="dossierId"/> is not merged.</summary>
    private async Task<DossierRef?> KeptRefAsync(Guid dossierId, CancellationToken ct)
    {
        var keptId = await db.KeptDossierIdAsync(dossierId, ct);
        return keptId == dossierId ? null
            : await db.Dossiers.AsNoTracking().Where(d => d.Id == keptId).Select(d => new DossierRef(d.Id, d.Number, d.Language)).SingleAsync(ct);
    }

    /// <summary>
    /// The dossier whose timeline, register and audit rows take a step of a procedure lodged on <paramref name="lodgedOnId"/>:
    /// that dossier, or when it was merged the dossier it continues in; with what the letters need of its person.
    /// </summary>
    private async Task<Dossier> ActingDossierAsync(Guid lodgedOnId, CancellationToken ct)
    {
        var keptId = await db.KeptDossierIdAsync(lodgedOnId, ct);
        return await db.Dossiers.Include(d => d.Person).ThenInclude(p => p.Nationalities).Include(d => d.Person).ThenInclude(p => p.Addresses)
            .SingleAsync(d => d.Id == keptId, ct);
    }

    /// <summary>Applies one step. The body is the trigger as JSON (`{"trigger": "propose", "outcome": "Granted", …}`); who acts and whether they are a supervisor come from the server, never from the body.</summary>
    public async Task<ProcedureOutcomeResult> ActAsync(Guid id, int expectedVersion, JsonObject? body, bool isSupervisor, CancellationToken ct)
    {
        var record = await db.Procedures.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (record is null) return new(null, NotFound: true);
        if (record.Version != expectedVersion) return new(null, Stale: true);
        var errors = new ValidationErrors();
        var trigger = ReadTrigger(body ?? [], isSupervisor, errors);
        if (trigger is null) return new(null, errors);
        var procedure = Rebuild(record);
        var step = ProcedureEngine.Transition(procedure, trigger, Today);
        // On a merged dossier the procedure continues in the kept one: the step, its letters and audit rows go there.
        var dossier = await ActingDossierAsync(record.DossierId, ct);
        var lodged = dossier.Id == record.DossierId ? Ref(dossier)
            : await db.Dossiers.AsNoTracking().Where(d => d.Id == record.DossierId).Select(d => new DossierRef(d.Id, d.Number, d.Language)).SingleAsync(ct);
        if (!step.IsSuccess)
        {
            if (step.Error is FourEyesViolation or NotASupervisor)
                await audit.RecordNowAsync(AuditAction.Update, "procedure", $"{dossier.Number}/{id}", AuditPurpose.CaseHandling, AuditOutcome.Denied, step.Error.Code, ct);
            return new(null, Rule: step.Error);
        }
        Append(record, trigger, step.Value);
        var next = step.Value;
        dossiers.Touch(dossier, "procedure." + trigger.Name, ["procedures"], detail: $"{record.TypeCode}: {next.State}", legalBasis: next.DecisionRule?.LegalBasis);
        audit.Record(AuditAction.Update, "procedure", $"{dossier.Number}/{id}", AuditPurpose.CaseHandling, detail: trigger.Name);
        if (trigger is MarkIncomplete && next.IncompleteNotices.Count > 0)
            await AddLetterAsync(dossier, next, IncompleteLetter(dossier, next), "letter.incomplete", ct);
        if (trigger is Validate or RecordDeemedDecision && next.Decision is { } decision)
            await AddLetterAsync(dossier, next, DecisionLetter(dossier, next, decision), decision.DocumentCode, ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new(null, Stale: true); }
        return new(await ToJsonAsync(record, next, lodged, lodged.Id == dossier.Id ? null : Ref(dossier), ct));
    }

    /// <summary>Reassigns procedures to an officer in one go, each with its timeline event; the reason is recorded.</summary>
    public async Task<(int Count, ValidationErrors? Errors)> ReassignAsync(IReadOnlyList<Guid> ids, string? officer, string? reason, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (ids.Count is 0 or > 500) errors.Add("procedures", Text.Get("v.range", 1, 500));
        if (string.IsNullOrWhiteSpace(officer)) errors.Add("officer", Text.Get("v.required"));
        else if (!await db.Users.AnyAsync(u => u.UserName == officer, ct)) errors.Add("officer", Text.Get("problem.not-found"));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", Text.Get("v.required"));
        if (!errors.IsEmpty) return (0, errors);
        var records = await db.Procedures.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var missing in ids.Except(records.Select(r => r.Id))) errors.Add("procedures", missing.ToString());
        if (!errors.IsEmpty) return (0, errors);
        var keptIds = new Dictionary<Guid, Guid>();
        foreach (var lodgedOn in records.Select(r => r.DossierId).Distinct()) keptIds[lodgedOn] = await db.KeptDossierIdAsync(lodgedOn, ct);
        foreach (var record in records)
        {
            var body = new JsonObject { ["trigger"] = "assign", ["officer"] = officer };
            var trigger = ReadTrigger(body, false, errors)!;
            var step = ProcedureEngine.Transition(Rebuild(record), trigger, Today);
            if (!step.IsSuccess) { errors.Add("procedures", $"{record.Id}: {step.Error.Code}"); continue; }
            Append(record, trigger, step.Value);
            // The dossier the procedure continues in, when the one it was lodged on was merged.
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == keptIds[record.DossierId], ct);
            dossiers.Touch(dossier, "procedure.assign", ["procedures"], detail: $"{record.TypeCode} → {officer}: {reason!.Trim()}");
            audit.Record(AuditAction.Update, "procedure", $"{dossier.Number}/{record.Id}", AuditPurpose.CaseHandling, detail: "reassigned");
        }
        if (!errors.IsEmpty) return (0, errors);
        await db.SaveChangesAsync(ct);
        return (records.Count, null);
    }

    private ProcedureTrigger? ReadTrigger(JsonObject body, bool isSupervisor, ValidationErrors errors)
    {
        var copy = (JsonObject)body.DeepClone();
        copy["by"] = actor.Name;
        if (copy["on"] is null || copy["on"]!.GetValueKind() == JsonValueKind.Null) copy["on"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if ((string?)copy["trigger"] == "validate") copy["isSupervisor"] = isSupervisor;
        try
        {
            var trigger = copy.Deserialize<ProcedureTrigger>(Json);
            if (trigger is null) errors.Add("trigger", Text.Get("v.required"));
            return trigger;
        }
        catch (JsonException e)
        {
            errors.Add(e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "trigger", Text.Get("v.body"));
            return null;
        }
        catch (NotSupportedException)
        {
            errors.Add("trigger", Text.Get("v.enum", "lodge, mark-incomplete, complete, assign, start-examination, propose, validate, notify, …"));
            return null;
        }
    }

    /// <summary>Records an accepted step: the trigger joins the history, the version moves on (checked at save), the queue columns follow.</summary>
    private void Append(ProcedureRecord record, ProcedureTrigger trigger, Procedure next)
    {
        var triggers = JsonSerializer.Deserialize<List<ProcedureTrigger>>(record.Triggers, Json) ?? [];
        triggers.Add(trigger);
        record.Triggers = JsonSerializer.Serialize(triggers, Json);
        db.Entry(record).Property(r => r.Version).OriginalValue = record.Version;
        record.Version++;
        Refresh(record, next);
    }

    private Procedure Rebuild(ProcedureRecord record)
    {
        var triggers = JsonSerializer.Deserialize<List<ProcedureTrigger>>(record.Triggers, Json) ?? [];
        var replay = ProcedureEngine.Replay(record.Id.ToString(), record.TypeCode, triggers, Today);
        return replay.IsSuccess ? replay.Value : throw new InvalidOperationException($"Procedure {record.Id} does not replay: {replay.Error.Code}");
    }

    private void Refresh(ProcedureRecord record, Procedure p)
    {
        record.State = p.State.ToString();
        record.VariantCode = p.VariantCode;
        record.AssignedTo = p.AssignedOfficer;
        var open = ProcedureDeadlines.For(p, Today).Where(d => d.Status is DeadlineStatus.Running or DeadlineStatus.DueSoon or DeadlineStatus.Expired).OrderBy(d => d.DueDate).FirstOrDefault();
        record.NextDueDate = p.State == ProcedureState.Closed ? null : open?.DueDate;
        record.NextDueKind = p.State == ProcedureState.Closed ? null : open?.Kind;
        record.UpdatedAt = clock.GetUtcNow();
    }

    private async Task AddLetterAsync(Dossier dossier, Procedure p, string html, string documentCode, CancellationToken ct)
    {
        var sequence = (await db.Register.Where(r => r.DossierId == dossier.Id).MaxAsync(r => (int?)r.Sequence, ct) ?? 0) + 1;
        sequence += db.ChangeTracker.Entries<RegisteredDocument>().Count(e => e.State == EntityState.Added && e.Entity.DossierId == dossier.Id);
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var (sha, size) = await store.PutAsync(new MemoryStream(bytes), ct);
        var title = $"{documentCode} — {p.Type.Title.In(dossier.Language)}";
        db.Register.Add(new RegisteredDocument
        {
            Id = Guid.CreateVersion7(), DossierId = dossier.Id, Sequence = sequence, Direction = DocumentDirection.Outgoing, Kind = DocumentKind.Decision,
            Title = title.Length > 300 ? title[..300] : title, Correspondent = dossier.Person.Surname, DocumentDate = Today, RegisteredAt = clock.GetUtcNow(),
            RegisteredBy = actor.Name, FileName = LetterFileName(documentCode, dossier.Number, p.Id, "html"), ContentType = "text/html; charset=utf-8", Size = size, ContentSha256 = sha,
        });
        if (await pdf.PrintAsync(html, ct) is { } pdfBytes)
        {
            var (psha, psize) = await store.PutAsync(new MemoryStream(pdfBytes), ct);
            db.Register.Add(new RegisteredDocument
            {
                Id = Guid.CreateVersion7(), DossierId = dossier.Id, Sequence = sequence + 1, Direction = DocumentDirection.Outgoing, Kind = DocumentKind.Decision,
                Title = (title.Length > 294 ? title[..294] : title) + " (PDF)", Correspondent = dossier.Person.Surname, DocumentDate = Today, RegisteredAt = clock.GetUtcNow(),
                RegisteredBy = actor.Name, FileName = LetterFileName(documentCode, dossier.Number, p.Id, "pdf"), ContentType = "application/pdf", Size = psize, ContentSha256 = psha,
            });
        }
        audit.Record(AuditAction.Create, "document", $"{dossier.Number}#{sequence}", AuditPurpose.CaseHandling, detail: documentCode);
    }

    /// <summary>The register file name of a procedure's letter; it carries the procedure id, which ties the letter to its procedure.</summary>
    private static string LetterFileName(string documentCode, string dossierNumber, string procedureId, string extension) =>
        $"{documentCode}-{dossierNumber}-{procedureId}.{extension}";

    private static string Recipient(Dossier d) => d.Person.GivenNames.Length > 0 ? $"{d.Person.Surname.ToUpperInvariant()} {d.Person.GivenNames}" : d.Person.Surname.ToUpperInvariant();

    private static string? AddressOf(Dossier d) => d.Person.Addresses.Where(a => a.ValidTo is null).Select(a => $"{a.Street} {a.HouseNumber}{(a.Box is null ? "" : " bte " + a.Box)}, {a.PostalCode} {a.Municipality}").FirstOrDefault();

    private string IncompleteLetter(Dossier dossier, Procedure p)
    {
        var lang = dossier.Language;
        var notice = p.IncompleteNotices[^1];
        var labels = notice.Missing.Select(code => p.Checklist.FirstOrDefault(c => c.Code == code) is { } item ? item.Label.In(lang) + (item.LegalBasis is null ? "" : $" ({item.LegalBasis})") : code).ToList();
        return Letters.Html(new LetterContent(lang, dossier.Number, p.Id, Recipient(dossier), AddressOf(dossier), dossier.Person.BirthDate,
            dossier.Person.Nationalities.FirstOrDefault()?.Code, "incomplete", p.Type.Title.In(lang),
            lang == "nl" ? "Onvolledig dossier: de termijn loopt pas vanaf de volledige aanvraag." : "Dossier incomplet : le délai ne court qu'à partir de la demande complète.",
            [], [p.Type.LegalBasis], notice.SentOn, actor.Name, null, null, labels));
    }

    private string DecisionLetter(Dossier dossier, Procedure p, Decision decision)
    {
        var lang = dossier.Language;
        var outcomeText = Text.GetIn(lang == "nl" ? "nl" : "fr", "outcome." + decision.Outcome);
        string? appeal = null;
        if (decision.AppealRuleCode is { } code && LegalRules.Find(code) is { } rule)
            appeal = (lang == "nl"
                ? $"Tegen deze beslissing kan beroep worden ingesteld bij de Raad voor Vreemdelingenbetwistingen binnen {rule.Period.Count} dagen na de kennisgeving ({rule.LegalBasis})."
                : $"Un recours contre cette décision peut être introduit auprès du Conseil du contentieux des étrangers dans les {rule.Period.Count} jours de sa notification ({rule.LegalBasis}).");
        var via = p.Type.NotificationRoute == NotificationRoute.Municipality ? dossier.Person.Addresses.Where(a => a.ValidTo is null).Select(a => a.Municipality).FirstOrDefault() ?? "—" : null;
        var basis = new List<string> { p.Type.LegalBasis };
        if (p.DecisionRule is { } dr) basis.Add(dr.LegalBasis + (dr.Unconfirmed ? " (UNCONFIRMED)" : ""));
        return Letters.Html(new LetterContent(lang, dossier.Number, p.Id, Recipient(dossier), AddressOf(dossier), dossier.Person.BirthDate,
            dossier.Person.Nationalities.FirstOrDefault()?.Code, decision.DocumentCode.Replace("annex.", "annex-", StringComparison.Ordinal), p.Type.Title.In(lang), outcomeText,
            decision.Reasons is null ? [] : [decision.Reasons], basis, decision.On, decision.ValidatedBy ?? actor.Name, via, appeal, []));
    }

    /// <param name="dossier">The dossier the procedure was lodged on.</param>
    /// <param name="keptIn">When that dossier is merged: the dossier the procedure continues in.</param>
    private async Task<ProcedureJson> ToJsonAsync(ProcedureRecord r, Procedure p, DossierRef dossier, DossierRef? keptIn, CancellationToken ct)
    {
        var lang = Text.Language();
        // A procedure's letters carry its id in their file name; letters registered before that (file name
        // "{code}-{dossier}.html|pdf") can only be matched on the type's title, on the dossier it was lodged on.
        // Letters written while its dossier was merged are in the register of the dossier it continued in.
        var procedureId = r.Id.ToString();
        var legacyHtml = $"-{dossier.Number}.html";
        var legacyPdf = $"-{dossier.Number}.pdf";
        var typeTitle = p.Type.Title.In(dossier.Language);
        var registers = await LetterDossiersAsync(r.DossierId, ct);
        var rows = await db.Register.AsNoTracking()
            .Where(x => registers.Contains(x.DossierId) && x.Kind == DocumentKind.Decision
                && (x.FileName!.Contains(procedureId)
                    || (x.DossierId == r.DossierId && x.Title.Contains(typeTitle) && (x.FileName!.EndsWith(legacyHtml) || x.FileName.EndsWith(legacyPdf)))))
            .Join(db.Dossiers, x => x.DossierId, d => d.Id, (x, d) => new { x.Sequence, x.Title, x.ContentType, x.DocumentDate, x.RegisteredAt, d.Number })
            .ToListAsync(ct);
        var letters = rows.OrderBy(x => x.RegisteredAt).ThenBy(x => x.Sequence)
            .Select(x => new LetterJson(x.Sequence, x.Title, x.ContentType, x.DocumentDate, x.Number)).ToList();
        return new ProcedureJson(
            r.Id, dossier.Number, p.TypeCode, p.Type.Title.In(lang), p.VariantCode, p.State.ToString(), p.Phase.ToString(), (keptIn ?? dossier).Language, p.AssignedOfficer, p.LodgedOn,
            p.Checklist.Select(c => new ChecklistItemJson(c.Code, c.Label.In(lang), c.LegalBasis, p.ReceivedDocuments.Contains(c.Code, StringComparer.Ordinal))).ToList(),
            p.MissingDocuments,
            ProcedureDeadlines.For(p, Today).Select(d => new DeadlineJson(d.Kind, d.DueDate, d.LegalBasis, Camel(d.Status.ToString()), d.DaysLeft, d.RuleCode,
                d.ConsequenceAtExpiry == ExpiryConsequence.None ? null : d.ConsequenceAtExpiry.ToString(), d.Unconfirmed, d.Subject)).ToList(),
            ProcedureEngine.AllowedTriggers(p), p.Proposal, p.Decision, p.Notification,
            p.History.Select(h => new HistoryJson(h.Sequence, h.Trigger.Name, h.Trigger.By, h.Trigger.On, h.From.ToString(), h.To.ToString())).ToList(),
            letters, r.Version, keptIn?.Number);
    }

    /// <summary>
    /// The dossiers whose register may hold a letter of a procedure lodged on <paramref name="lodgedOnId"/>: that dossier
    /// and every dossier it was merged into by an approved merge (directly or through one merged further), including one
    /// it was unmerged from since (the letters written meanwhile stay in that register).
    /// </summary>
    private async Task<List<Guid>> LetterDossiersAsync(Guid lodgedOnId, CancellationToken ct)
    {
        var ids = new List<Guid> { lodgedOnId };
        var frontier = new List<Guid> { lodgedOnId };
        while (frontier.Count > 0 && ids.Count < 64)
        {
            var current = frontier;
            var into = await db.MergeRequests.AsNoTracking()
                .Where(m => m.Kind == MergeKind.Merge && m.Status == MergeStatus.Approved && current.Contains(m.AbsorbedDossierId))
                .Select(m => m.SurvivorDossierId).Distinct().ToListAsync(ct);
            frontier = into.Except(ids).ToList();
            ids.AddRange(frontier);
        }
        return ids;
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
