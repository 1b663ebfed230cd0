using Itinera.Domain.Persons;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Correspondence;
using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Itinera.Web.Data;

public sealed class ItineraDbContext(DbContextOptions<ItineraDbContext> options, AuditChain auditChain)
    : IdentityDbContext<ItineraUser, IdentityRole, string>(options)
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<PersonNationality> Nationalities => Set<PersonNationality>();
    public DbSet<PersonAlias> Aliases => Set<PersonAlias>();
    public DbSet<IdentityDocument> IdentityDocuments => Set<IdentityDocument>();
    public DbSet<PersonAddress> Addresses => Set<PersonAddress>();
    public DbSet<DossierEvent> Events => Set<DossierEvent>();
    public DbSet<RegisteredDocument> Register => Set<RegisteredDocument>();
    public DbSet<DossierNumberCounter> DossierNumberCounters => Set<DossierNumberCounter>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<Features.Identity.DuplicatePair> DuplicatePairs => Set<Features.Identity.DuplicatePair>();
    public DbSet<Features.Identity.MergeRequest> MergeRequests => Set<Features.Identity.MergeRequest>();
    public DbSet<Features.Procedures.ProcedureRecord> Procedures => Set<Features.Procedures.ProcedureRecord>();
    public DbSet<Features.Stay.RecordedStay> Stays => Set<Features.Stay.RecordedStay>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Dossier>(e =>
        {
            e.ToTable("dossiers");
            e.HasIndex(d => d.Number).IsUnique();
            e.Property(d => d.Number).HasMaxLength(16);
            e.Property(d => d.Language).HasMaxLength(2);
            e.Property(d => d.OpenedBy).HasMaxLength(256);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Version).IsConcurrencyToken();
            e.HasOne(d => d.Person).WithOne(p => p.Dossier).HasForeignKey<Person>(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Events).WithOne().HasForeignKey(ev => ev.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Register).WithOne().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Person>(e =>
        {
            e.ToTable("persons");
            e.Property(p => p.Surname).HasMaxLength(200);
            e.Property(p => p.GivenNames).HasMaxLength(200);
            e.Property(p => p.OriginalScriptName).HasMaxLength(400);
            e.Property(p => p.SearchSurname).HasMaxLength(200);
            e.Property(p => p.SearchGivenNames).HasMaxLength(200);
            e.Property(p => p.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(p => p.BirthDate).HasMaxLength(10);
            e.Property(p => p.BirthPlace).HasMaxLength(200);
            e.Property(p => p.BirthCountry).HasMaxLength(2);
            e.Property(p => p.NationalNumber).HasMaxLength(11);
            e.Property(p => p.ExternalId).HasMaxLength(100);
            e.HasIndex(p => p.SearchSurname);
            e.HasIndex(p => p.SearchGivenNames);
            e.HasIndex(p => p.NationalNumber);
            e.HasIndex(p => p.ExternalId);
            e.HasMany(p => p.Nationalities).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Addresses).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PersonNationality>(e =>
        {
            e.ToTable("person_nationalities");
            e.HasKey(n => new { n.PersonId, n.Code });
            e.Property(n => n.Code).HasMaxLength(4);
        });
        builder.Entity<PersonAlias>(e =>
        {
            e.ToTable("person_aliases");
            e.Property(a => a.Surname).HasMaxLength(200);
            e.Property(a => a.GivenNames).HasMaxLength(200);
            e.Property(a => a.OriginalScriptName).HasMaxLength(400);
            e.Property(a => a.SearchSurname).HasMaxLength(200);
            e.Property(a => a.SearchGivenNames).HasMaxLength(200);
            e.Property(a => a.BirthDate).HasMaxLength(10);
            e.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(a => a.SearchSurname);
        });
        builder.Entity<Features.Identity.DuplicatePair>(e =>
        {
            e.ToTable("duplicate_pairs");
            e.HasIndex(p => new { p.PersonA, p.PersonB }).IsUnique();
            e.HasIndex(p => p.Status);
            e.Property(p => p.Reasons).HasMaxLength(4000);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.DetectedBy).HasMaxLength(256);
            e.Property(p => p.DecidedBy).HasMaxLength(256);
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        builder.Entity<Features.Procedures.ProcedureRecord>(e =>
        {
            e.ToTable("procedures");
            e.HasIndex(p => p.DossierId);
            e.HasIndex(p => new { p.Service, p.NextDueDate });
            e.HasIndex(p => new { p.AssignedTo, p.NextDueDate });
            e.Property(p => p.TypeCode).HasMaxLength(64);
            e.Property(p => p.VariantCode).HasMaxLength(64);
            e.Property(p => p.Service).HasMaxLength(32);
            e.Property(p => p.State).HasMaxLength(32);
            e.Property(p => p.AssignedTo).HasMaxLength(256);
            e.Property(p => p.NextDueKind).HasMaxLength(32);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Features.Identity.MergeRequest>(e =>
        {
            e.ToTable("merge_requests");
            e.HasIndex(m => m.Status);
            e.HasIndex(m => m.AbsorbedDossierId);
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(8);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.Reason).HasMaxLength(1000);
            e.Property(m => m.DecisionNote).HasMaxLength(1000);
            e.Property(m => m.MoveToRestored).HasMaxLength(8000);
            e.Property(m => m.ProposedBy).HasMaxLength(256);
            e.Property(m => m.DecidedBy).HasMaxLength(256);
            e.Property(m => m.Version).IsConcurrencyToken();
        });
        builder.Entity<IdentityDocument>(e =>
        {
            e.ToTable("identity_documents");
            e.Property(d => d.Type).HasConversion<string>().HasMaxLength(32);
            e.Property(d => d.DocumentNumber).HasMaxLength(50);
            e.Property(d => d.IssuingCountry).HasMaxLength(2);
            e.HasIndex(d => d.DocumentNumber);
        });
        builder.Entity<PersonAddress>(e =>
        {
            e.ToTable("person_addresses");
            e.Property(a => a.Street).HasMaxLength(200);
            e.Property(a => a.HouseNumber).HasMaxLength(20);
            e.Property(a => a.Box).HasMaxLength(20);
            e.Property(a => a.PostalCode).HasMaxLength(10);
            e.Property(a => a.Municipality).HasMaxLength(100);
            e.Property(a => a.Country).HasMaxLength(2);
        });
        builder.Entity<Features.Stay.RecordedStay>(e =>
        {
            e.ToTable("recorded_stays");
            e.Property(s => s.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Note).HasMaxLength(500);
            e.HasIndex(s => s.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DossierEvent>(e =>
        {
            e.ToTable("dossier_events");
            e.Property(ev => ev.Actor).HasMaxLength(256);
            e.Property(ev => ev.Type).HasMaxLength(64);
            e.Property(ev => ev.Fields).HasMaxLength(1000);
            e.Property(ev => ev.Detail).HasMaxLength(500);
            e.Property(ev => ev.LegalBasis).HasMaxLength(200);
            e.HasIndex(ev => new { ev.DossierId, ev.Id });
        });
        builder.Entity<RegisteredDocument>(e =>
        {
            e.ToTable("registered_documents");
            e.Property(r => r.Direction).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(r => r.Title).HasMaxLength(300);
            e.Property(r => r.Correspondent).HasMaxLength(300);
            e.Property(r => r.RegisteredBy).HasMaxLength(256);
            e.Property(r => r.FileName).HasMaxLength(255);
            e.Property(r => r.ContentType).HasMaxLength(100);
            e.Property(r => r.ContentSha256).HasMaxLength(64);
            e.HasIndex(r => new { r.DossierId, r.Sequence }).IsUnique();
        });
        builder.Entity<DossierNumberCounter>(e =>
        {
            e.ToTable("dossier_number_counters");
            e.HasKey(c => c.Year);
            e.Property(c => c.Year).ValueGeneratedNever();
        });
        builder.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.Property(t => t.UserId).HasMaxLength(450);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.Scopes).HasMaxLength(1000);
            e.Property(t => t.CreatedBy).HasMaxLength(256);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => t.UserId);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.Sequence).IsUnique();
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(32);
            e.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.ObjectType).HasMaxLength(64);
            e.Property(a => a.ObjectId).HasMaxLength(128);
            e.Property(a => a.Detail).HasMaxLength(500);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.ObjectType, a.ObjectId });
            e.HasIndex(a => a.Actor);
        });
        builder.Entity<ItineraUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PreferredLanguage).HasMaxLength(2);
        });

        if (IsSqlite)
        {
            // SQLite has no date-time-with-offset type: store UTC ticks so that ordering and comparison work in SQL
            // and every value comes back as UTC.
            var converter = new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
            var nullableConverter = new ValueConverter<DateTimeOffset?, long?>(
                v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
            foreach (var entity in builder.Model.GetEntityTypes())
            {
                foreach (var property in entity.GetProperties())
                {
                    if (property.ClrType == typeof(DateTimeOffset)) property.SetValueConverter(converter);
                    else if (property.ClrType == typeof(DateTimeOffset?)) property.SetValueConverter(nullableConverter);
                }
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: the audit chain needs it.");

    /// <summary>
    /// Saves the change and the audit rows added with it in one transaction. New audit rows get their place in
    /// the hash chain here, under the chain lock, so that concurrent writers never fork the chain.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pendingAudit = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pendingAudit.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        if (Database.CurrentTransaction is not null)
        {
            await auditChain.SealAsync(this, pendingAudit, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var strategy = Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var tx = await Database.BeginTransactionAsync(ct);
            await auditChain.SealAsync(this, pendingAudit, ct);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            await tx.CommitAsync(ct);
            return count;
        }, cancellationToken);
    }
}

/// <summary>Next dossier sequence number per year.</summary>
public sealed class DossierNumberCounter
{
    public int Year { get; set; }
    public int Next { get; set; }
}
