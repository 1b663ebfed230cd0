using Itinera.Domain.Dossiers;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Correspondence;

public sealed record RegisterInput(string? Direction, string? Kind, string? Title, string? Correspondent, string? DocumentDate);

/// <summary>Incoming and outgoing mail and files on a dossier: the register entry, its content, its timeline event.</summary>
public sealed class DocumentRegister(ItineraDbContext db, DossierService dossiers, AuditTrail audit, IDocumentStore store, Audit.ICurrentActor actor, TimeProvider clock)
{
    public const long MaxFileBytes = 25 * 1024 * 1024;

    public async Task<Outcome<RegisteredDocument>> RegisterAsync(string number, RegisterInput input, IFormFile? file, CancellationToken ct)
    {
        var n = DossierNumber.TryParse(number, out var dn) ? dn.ToString() : number;
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Number == n, ct);
        if (dossier is null) return new(null, NotFound: true);

        var errors = new ValidationErrors();
        var direction = InputParsing.ParseEnum<DocumentDirection>(input.Direction, "direction", errors);
        var kind = InputParsing.ParseEnum<DocumentKind>(input.Kind, "kind", errors);
        var title = InputParsing.Required(input.Title, "title", 300, errors);
        var correspondent = InputParsing.Optional(input.Correspondent, "correspondent", 300, errors);
        var date = InputParsing.ParseDate(input.DocumentDate, "documentDate", errors) ?? dossiers.Today;
        if (date > dossiers.Today) errors.Add("documentDate", Text.Get("v.date-in-future"));
        if (file is not null && file.Length > MaxFileBytes) errors.Add("file", Text.Get("v.file-too-large", MaxFileBytes / 1024 / 1024));
        if (!errors.IsEmpty || direction is null || kind is null || title is null) return new(null, errors);

        string? sha = null;
        long? size = null;
        if (file is not null)
        {
            await using var stream = file.OpenReadStream();
            (sha, size) = await store.PutAsync(stream, ct);
        }
        var sequence = (await db.Register.Where(r => r.DossierId == dossier.Id).MaxAsync(r => (int?)r.Sequence, ct) ?? 0) + 1;
        var entry = new RegisteredDocument
        {
            Id = Guid.CreateVersion7(), DossierId = dossier.Id, Sequence = sequence, Direction = direction.Value, Kind = kind.Value,
            Title = title, Correspondent = correspondent, DocumentDate = date, RegisteredAt = clock.GetUtcNow(), RegisteredBy = actor.Name,
            FileName = file is null ? null : Path.GetFileName(file.FileName), ContentType = file?.ContentType, Size = size, ContentSha256 = sha,
        };
        db.Register.Add(entry);
        var expected = dossier.Version;
        dossiers.Touch(dossier, direction == DocumentDirection.Incoming ? "document.received" : "document.registered", ["register"], detail: $"#{sequence} {kind}");
        audit.Record(AuditAction.Create, "document", $"{dossier.Number}#{sequence}");
        var saved = await dossiers.SaveAsync(dossier, expected, ct);
        return saved.Succeeded ? new(entry) : new(null, saved.Errors, saved.NotFound, saved.Stale);
    }

    public async Task<(RegisteredDocument Entry, Stream Content)?> OpenAsync(string number, int sequence, CancellationToken ct)
    {
        var n = DossierNumber.TryParse(number, out var dn) ? dn.ToString() : number;
        var entry = await db.Register.AsNoTracking()
            .Where(r => r.Sequence == sequence && db.Dossiers.Any(d => d.Id == r.DossierId && d.Number == n)).SingleOrDefaultAsync(ct);
        await audit.RecordNowAsync(AuditAction.Read, "document", $"{n}#{sequence}", outcome: entry is null ? AuditOutcome.Failed : AuditOutcome.Success, ct: ct);
        if (entry?.ContentSha256 is null) return null;
        var content = await store.OpenAsync(entry.ContentSha256, ct);
        return content is null ? null : (entry, content);
    }
}
