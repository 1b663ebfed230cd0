using System.Text;
using Itinera.Domain.Dossiers;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Dossiers;

public sealed record ImportRejection(int Line, string Reason);
public sealed record ImportReport(int Created, IReadOnlyList<ImportRejection> Rejected);

/// <summary>
/// Loads persons from UTF-8 CSV, one new dossier per row. A row that looks like a person already registered (or
/// like an earlier row of the file) is held back with the likely dossiers in its reason, unless its optional
/// `different_person` column says `true`: the explicit "this is a different person" of the registration form. Invalid rows are reported with their line number and
/// reason, and the rest go on. A row whose external_id is already in the registry is rejected, so a rerun does not
/// create duplicates. Saves in batches: each batch's dossiers, events and audit rows commit together.
/// </summary>
public sealed class PersonImport(ItineraDbContext db, ICurrentActor actor, TimeProvider clock, Identity.RegistryIndex registry)
{
    public static readonly string[] Header =
        ["external_id", "surname", "given_names", "sex", "birth_date", "nationality", "birth_place", "national_number", "original_script_name"];

    /// <summary>The optional last column: "true" when the operator checked that the row is not a registered person.</summary>
    public const string DifferentPersonColumn = "different_person";

    /// <summary>
    /// Off only for a bulk migration of a registry already deduplicated elsewhere, by the operator's explicit
    /// `--no-duplicate-check`; the duplicate scan then reviews the registry as a whole.
    /// </summary>
    public bool CheckDuplicates { get; set; } = true;

    public int BatchSize { get; init; } = 2000;

    public async Task<ImportReport> ImportAsync(TextReader reader, string language, CancellationToken ct)
    {
        var rejected = new List<ImportRejection>();
        var created = 0;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var rows = Csv.Read(reader).GetEnumerator();
        var header = rows.MoveNext() ? rows.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList() : [];
        var withDifferent = header.Count == Header.Length + 1 && header[^1] == DifferentPersonColumn;
        if (!header.Take(Header.Length).SequenceEqual(Header) || (header.Count != Header.Length && !withDifferent))
            return new ImportReport(0, [new ImportRejection(1, "header must be: " + string.Join(',', Header) + $" (optionally followed by {DifferentPersonColumn})")]);
        var columns = header.Count;
        if (CheckDuplicates && !registry.Ready) await registry.CatchUpAsync(ct);
        // Rows of this file not yet saved: a file can hold the same person twice.
        var fileIndex = new Domain.Identity.PersonIndex<int>();

        var known = (await db.Persons.AsNoTracking().Where(p => p.ExternalId != null).Select(p => p.ExternalId!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var batch = new List<ValidPerson>(BatchSize);
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (fields.Count != columns)
            {
                rejected.Add(new(line, $"expected {columns} fields, found {fields.Count}"));
                continue;
            }
            bool? stated = withDifferent ? fields[^1].Trim().ToLowerInvariant() switch { "true" or "1" or "yes" => true, "" or "false" or "0" or "no" => false, _ => null } : false;
            var differentPerson = stated == true;
            if (stated is null)
            {
                rejected.Add(new(line, $"{DifferentPersonColumn}: true or false"));
                continue;
            }
            var input = new PersonInput
            {
                ExternalId = fields[0], Surname = fields[1], GivenNames = fields[2], Sex = fields[3], BirthDate = fields[4],
                Nationalities = string.IsNullOrWhiteSpace(fields[5]) ? [] : [fields[5]], BirthPlace = fields[6],
                NationalNumber = fields[7], OriginalScriptName = fields[8],
            };
            var errors = new ValidationErrors();
            var valid = PersonValidation.Validate(input, today, errors);
            if (valid is null)
            {
                rejected.Add(new(line, string.Join("; ", errors.ToDictionary().Select(e => $"{Csv.ColumnOf(e.Key)}: {string.Join(' ', e.Value)}"))));
                continue;
            }
            if (valid.ExternalId is { } ext && !known.Add(ext))
            {
                rejected.Add(new(line, $"external_id: already in the registry or earlier in this file"));
                continue;
            }
            if (CheckDuplicates && !differentPerson)
            {
                var query = DossierService.QueryOf(valid);
                var inRegistry = registry.Index.Search(query, 3, Domain.Identity.PersonMatcher.LikelyMatch);
                var inFile = fileIndex.Search(query, 1, Domain.Identity.PersonMatcher.LikelyMatch);
                if (inRegistry.Count > 0 || inFile.Count > 0)
                {
                    var like = inRegistry.Select(h => $"{h.Payload.DossierNumber} ({h.Match.Score:0.00})")
                        .Concat(inFile.Select(h => $"line {h.Payload} ({h.Match.Score:0.00})"));
                    if (valid.ExternalId is { } e) known.Remove(e);
                    rejected.Add(new(line, $"possible duplicate of {string.Join(", ", like)}; check, then set {DifferentPersonColumn}=true to import"));
                    continue;
                }
            }
            if (CheckDuplicates)
                fileIndex.Upsert(new Domain.Identity.MatchRecord(line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [Domain.Identity.KnownName.Of(valid.Surname, valid.GivenNames, Domain.Identity.NameSource.Primary, valid.BirthDate)],
                    valid.BirthDate, valid.Sex, valid.Nationalities), line);
            batch.Add(valid);
            if (batch.Count == BatchSize)
            {
                created += await SaveBatchAsync(batch, language, today, ct);
                batch.Clear();
            }
        }
        if (batch.Count > 0) created += await SaveBatchAsync(batch, language, today, ct);
        if (CheckDuplicates) await registry.CatchUpAsync(ct);
        return new ImportReport(created, rejected);
    }

    private async Task<int> SaveBatchAsync(List<ValidPerson> batch, string language, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var numbers = await DossierNumbers.ReserveAsync(db, today.Year, batch.Count, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                var dossier = DossierService.NewDossier(batch[i], language, new DossierNumber(today.Year, numbers[i]).ToString(), now, actor.Name, "dossier.imported");
                db.Dossiers.Add(dossier);
                db.Audit.Add(new AuditEntry
                {
                    At = now, Actor = actor.Name, Purpose = AuditPurpose.Import, Action = AuditAction.Import, ObjectType = "dossier",
                    ObjectId = dossier.Number, Outcome = AuditOutcome.Success, PreviousHash = "", Hash = "",
                });
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
        return batch.Count;
    }
}

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Yields each record with its first line number.</summary>
public static class Csv
{
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var startLine = 1;
        var first = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (first && ch == '\uFEFF') { first = false; continue; }
            first = false;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (startLine, fields);
                    fields = [];
                    line++;
                    startLine = line;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }

    public static string ColumnOf(string apiField) => apiField switch
    {
        "surname" => "surname", "givenNames" => "given_names", "sex" => "sex", "birthDate" => "birth_date",
        "nationalities" => "nationality", "birthPlace" => "birth_place", "nationalNumber" => "national_number",
        "originalScriptName" => "original_script_name", "externalId" => "external_id", _ => apiField,
    };
}
