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

    private async Task<IReadOnlyList<QueueItemJson>> LoadAsync(CancellationToken ct) =>
        await ProcedureQueue.LoadAsync(db, audit, procedures.Today, Service, Officer == "me" ? User.Identity?.Name : Officer,
            WithinDays is { } days ? Math.Clamp(days, 0, 366) : null, Overdue, ct);
}
