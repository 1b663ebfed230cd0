using Itinera.Web.Features.Access;
using Itinera.Web.Features.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages.Procedures;

/// <summary>The work queue: per service and per officer, sorted by deadline, days left and overdue; bulk reassignment.</summary>
public sealed class QueueModel(Data.ItineraDbContext db, ProcedureService procedures, Features.Audit.AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Service { get; set; } = "stay";
    [BindProperty(SupportsGet = true)] public string? Officer { get; set; }
    [BindProperty(SupportsGet = true)] public int? WithinDays { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    public IReadOnlyList<QueueItemJson> Items { get; private set; } = [];
    public bool IsSupervisor => User.IsInRole(Roles.Supervisor);
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await LoadAsync(ct);

    public async Task<IActionResult> OnPostReassignAsync(Guid[] procedureIds, string? officer, string? reason, CancellationToken ct)
    {
        if (!IsSupervisor) return Forbid();
        var (count, errors) = await procedures.ReassignAsync(procedureIds, officer, reason, ct);
        if (errors is not null)
        {
            Message = string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value.Select(v => e.Key + ": " + v)));
            Items = await LoadAsync(ct);
            return Page();
        }
        TempData["flash-text"] = Infrastructure.Text.Get("queue.reassigned", count);
        return RedirectToPage(new { Service, Officer, WithinDays, Overdue });
    }

    private async Task<IReadOnlyList<QueueItemJson>> LoadAsync(CancellationToken ct)
    {
        var today = procedures.Today;
        var q = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Procedures).Where(p => p.State != "Closed");
        if (!string.IsNullOrWhiteSpace(Service)) q = q.Where(p => p.Service == Service);
        var officer = Officer == "me" ? User.Identity?.Name : Officer;
        if (!string.IsNullOrWhiteSpace(officer)) q = q.Where(p => p.AssignedTo == officer);
        if (WithinDays is { } days) { var limit = today.AddDays(Math.Clamp(days, 0, 366)); q = q.Where(p => p.NextDueDate != null && p.NextDueDate <= limit); }
        if (Overdue) q = q.Where(p => p.NextDueDate != null && p.NextDueDate < today);
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            q.OrderBy(p => p.NextDueDate == null).ThenBy(p => p.NextDueDate).ThenBy(p => p.LodgedOn).Take(500)
             .Join(db.Dossiers, p => p.DossierId, d => d.Id, (p, d) => new { p, d.Number, d.Person.Surname, d.Person.GivenNames }), ct);
        await audit.RecordNowAsync(Features.Audit.AuditAction.Search, "procedure-queue", Service, Features.Audit.AuditPurpose.CaseHandling, detail: $"{rows.Count} item(s)", ct: ct);
        return rows.Select(x => new QueueItemJson(x.p.Id, x.Number, $"{x.Surname}, {x.GivenNames}".TrimEnd(',', ' '), x.p.TypeCode, x.p.State, x.p.AssignedTo,
            x.p.NextDueDate, x.p.NextDueKind, x.p.NextDueDate is { } due ? due.DayNumber - today.DayNumber : null, x.p.NextDueDate < today)).ToList();
    }
}
