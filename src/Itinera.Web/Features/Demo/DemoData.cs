using Itinera.Domain.Dossiers;
using Itinera.Domain.Persons;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Correspondence;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Demo;

/// <summary>
/// First start on an empty database: an administrator, a few officers, and a demo set of dossiers drawn from
/// <see cref="SyntheticPersons"/> (proportions from docs/eurostat.md). Never runs on a database that has users.
/// </summary>
public sealed class DemoData(ItineraDbContext db, UserAccounts accounts, ICurrentActor actor, TimeProvider clock, IConfiguration configuration)
{
    private static readonly (string User, string Name, string[] Roles)[] Accounts =
    [
        ("admin", "Administrateur", [Roles.Admin, Roles.Auditor]),
        ("agent", "Agent Inscription", [Roles.Registration, Roles.Stay, Roles.Protection]),
        ("superviseur", "Superviseur Séjour", [Roles.Supervisor, Roles.Stay]),
    ];

    public async Task EnsureAsync(int dossiers, TextWriter output)
    {
        if (await db.Users.AnyAsync()) return;
        var fixedPassword = configuration["Demo:Password"];
        output.WriteLine("First start: creating the demo accounts and dossiers.");
        foreach (var (user, name, roles) in Accounts)
        {
            var created = await accounts.CreateAsync(user, name, roles, fixedPassword);
            if (created.Errors is not null)
                throw new InvalidOperationException("Demo account: " + string.Join("; ", created.Errors.ToDictionary().SelectMany(e => e.Value)));
            output.WriteLine($"  user {user,-12} roles {string.Join(',', roles),-32} password {created.GeneratedPassword ?? "(Demo:Password)"}");
        }
        if (!await db.Dossiers.AnyAsync() && dossiers > 0)
        {
            var n = await AddDossiersAsync(dossiers, seed: 2026);
            output.WriteLine($"  {n} demo dossiers.");
        }
        output.WriteLine("Log in at /login with one of the accounts above; these passwords are shown only now.");
    }

    public async Task<int> AddDossiersAsync(int count, int seed)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var generator = new SyntheticPersons(seed, today);
        var random = new Random(seed);
        var created = 0;
        foreach (var chunk in generator.Take(count).Chunk(500))
        {
            var numbers = await DossierNumbers.ReserveAsync(db, today.Year, chunk.Length, CancellationToken.None);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (Build(chunk[i], new DossierNumber(today.Year, numbers[i]).ToString(), today, random) is { } dossier)
                {
                    db.Dossiers.Add(dossier);
                    db.Audit.Add(new AuditEntry
                    {
                        At = clock.GetUtcNow(), Actor = actor.Name, Purpose = AuditPurpose.Administration, Action = AuditAction.Create,
                        ObjectType = "dossier", ObjectId = dossier.Number, Detail = "demo data", PreviousHash = "", Hash = "",
                    });
                    created++;
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return created;
    }

    private Dossier? Build(SyntheticPerson s, string number, DateOnly today, Random random)
    {
        var errors = new ValidationErrors();
        var valid = PersonValidation.Validate(new PersonInput
        {
            Surname = s.Surname, GivenNames = s.GivenNames, OriginalScriptName = s.OriginalScriptName,
            Sex = s.Sex?.ToString(), BirthDate = s.BirthDate, BirthDateEstimated = s.BirthDateEstimated,
            BirthPlace = s.BirthPlace, BirthCountry = s.BirthCountry, Nationalities = [s.Nationality],
        }, today, errors);
        if (valid is null) return null;

        // A history that starts in the past: the dossier was opened some months ago and things happened since.
        var opened = clock.GetUtcNow().AddDays(-random.Next(20, 900)).AddMinutes(-random.Next(0, 600));
        var dossier = DossierService.NewDossier(valid, random.NextDouble() < 0.58 ? "nl" : "fr", number, opened, PickOfficer(random),
            detail: s.Profile.ToString());
        var person = dossier.Person;
        var version = 1;
        var at = opened;

        void Event(string type, string fields, string? detail, string? legalBasis = null)
        {
            at = at.AddDays(random.Next(1, 20)).AddMinutes(random.Next(0, 300));
            if (at > clock.GetUtcNow()) at = clock.GetUtcNow();
            dossier.Events.Add(new DossierEvent
            {
                DossierId = dossier.Id, OccurredAt = at, Actor = PickOfficer(random), Type = type, Version = ++version,
                Fields = fields, Detail = detail, LegalBasis = legalBasis,
            });
        }

        foreach (var d in s.Documents)
        {
            person.Documents.Add(new IdentityDocument
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, DocumentNumber = d.Number, IssuingCountry = d.IssuingCountry,
                IssuedOn = d.IssueDate, ExpiresOn = d.ExpiryDate,
                Type = d.Type switch
                {
                    SyntheticDocumentType.Passport => IdentityDocumentType.Passport,
                    SyntheticDocumentType.NationalIdCard => IdentityDocumentType.NationalIdentityCard,
                    SyntheticDocumentType.BirthCertificate => IdentityDocumentType.BirthCertificate,
                    SyntheticDocumentType.RefugeeTravelDocument => IdentityDocumentType.RefugeeTravelDocument,
                    _ => IdentityDocumentType.Other,
                },
            });
            Event("identity-document.added", "identityDocuments", d.Type.ToString());
        }
        foreach (var a in s.Aliases)
        {
            person.Aliases.Add(new PersonAlias
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, Surname = a.Surname, GivenNames = a.GivenNames, BirthDate = a.BirthDate,
                RecordedOn = a.Recorded > today ? today : a.Recorded, SearchSurname = NameKey.Of(a.Surname), SearchGivenNames = NameKey.Of(a.GivenNames),
                Source = a.Source switch
                {
                    SyntheticAliasSource.Declared => AliasSource.Declared,
                    SyntheticAliasSource.Passport => AliasSource.Passport,
                    SyntheticAliasSource.Police => AliasSource.Police,
                    SyntheticAliasSource.Eurodac => AliasSource.Eurodac,
                    SyntheticAliasSource.Embassy => AliasSource.Embassy,
                    _ => AliasSource.Other,
                },
            });
            Event("alias.added", "aliases", a.Source.ToString());
        }
        if (s.Address is { } addr)
        {
            person.Addresses.Add(new PersonAddress
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, Street = addr.Street, HouseNumber = addr.Number, PostalCode = addr.PostalCode,
                Municipality = addr.Municipality, ValidFrom = DateOnly.FromDateTime(opened.UtcDateTime).AddDays(random.Next(0, 30)),
            });
            Event("address.added", "addresses", addr.PostalCode + " " + addr.Municipality);
        }
        var (title, correspondent, legalBasis) = s.Profile switch
        {
            SyntheticProfile.ProtectionApplicant => ("Annexe 26 — demande de protection internationale", "Centre d'arrivée", "Loi 15/12/1980 art. 50"),
            SyntheticProfile.FamilyReunification => ("Annexe 15quinquies — demande de regroupement familial", "Commune", "Loi 15/12/1980 art. 10"),
            SyntheticProfile.ShortStayVisa => ("Demande de visa court séjour", "Poste diplomatique", "Code des visas art. 9"),
            SyntheticProfile.Student => ("Demande d'autorisation de séjour étudiant", "Poste diplomatique", "Loi 15/12/1980 art. 60"),
            SyntheticProfile.Worker => ("Demande de permis unique", "Région", "Loi 15/12/1980 art. 61/25-2"),
            SyntheticProfile.IrregularStay => ("Rapport administratif de contrôle d'un étranger", "Police", "Loi 15/12/1980 art. 7"),
            SyntheticProfile.EuFamily => ("Annexe 19ter — demande de carte de séjour", "Commune", "Loi 15/12/1980 art. 40bis"),
            _ => ("Courrier", null, null),
        };
        dossier.Register.Add(new RegisteredDocument
        {
            Id = Guid.CreateVersion7(), DossierId = dossier.Id, Sequence = 1, Direction = DocumentDirection.Incoming,
            Kind = s.Profile == SyntheticProfile.IrregularStay ? DocumentKind.PoliceReport : DocumentKind.Form,
            Title = title, Correspondent = correspondent, DocumentDate = DateOnly.FromDateTime(opened.UtcDateTime),
            RegisteredAt = opened, RegisteredBy = dossier.OpenedBy,
        });
        Event("document.received", "register", "#1 " + title, legalBasis);
        dossier.Version = version;
        return dossier;
    }

    private static string PickOfficer(Random random) => random.Next(3) switch { 0 => "superviseur", _ => "agent" };
}
