using Itinera.Web.Features.Access;
using Itinera.Web.Features.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages.Identity;

/// <summary>Merge and unmerge requests awaiting a supervisor's second pair of eyes, and the unmerge form.</summary>
public sealed class MergesModel(Merging merging) : PageModel
{
    public IReadOnlyList<MergeRequestJson> Requests { get; private set; } = [];
    public bool IsSupervisor => User.IsInRole(Roles.Supervisor);
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Requests = await merging.ListAsync(null, ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, string? note, CancellationToken ct)
    {
        var outcome = await merging.DecideAsync(id, approve, note, IsSupervisor, ct);
        return await Done(outcome, approve ? "merge.approved" : "merge.rejected", ct);
    }

    public async Task<IActionResult> OnPostUnmergeAsync(string? dossier, string? reason, CancellationToken ct)
    {
        var outcome = await merging.ProposeUnmergeAsync(dossier, reason, null, ct);
        return await Done(outcome, "merge.unmerge-proposed", ct);
    }

    private async Task<IActionResult> Done(MergeOutcome outcome, string doneKey, CancellationToken ct)
    {
        if (outcome.Value is null)
        {
            Message = outcome.Problem == Infrastructure.Problems.FourEyes ? Infrastructure.Text.Get("problem.four-eyes")
                : outcome.Detail ?? string.Join(" ", outcome.Errors?.ToDictionary().SelectMany(e => e.Value.Select(v => e.Key + ": " + v)) ?? []);
            Requests = await merging.ListAsync(null, ct);
            return Page();
        }
        TempData["flash-text"] = Infrastructure.Text.Get(doneKey);
        return RedirectToPage();
    }
}
