using Itinera.Web.Features.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages.Identity;

/// <summary>The duplicate review queue: each proposed pair side by side with its reasons; judge or propose a merge.</summary>
public sealed class DuplicatesModel(DuplicateReview review, Merging merging) : PageModel
{
    public IReadOnlyList<PairJson> Pairs { get; private set; } = [];
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pairs = await review.ListAsync(PairStatus.Open, 50, ct);

    public async Task<IActionResult> OnPostScanAsync(CancellationToken ct)
    {
        var report = await review.ScanAsync(Domain.Identity.PersonMatcher.LikelyMatch, ct);
        TempData["flash-text"] = Infrastructure.Text.Get("dup.scanned", report.Scanned, report.Proposed);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDifferentAsync(Guid id, int version, CancellationToken ct)
    {
        var (_, notFound, stale, invalid) = await review.JudgeDifferentAsync(id, version, ct);
        TempData["flash-text"] = Infrastructure.Text.Get(notFound || stale || invalid ? "dup.changed" : "dup.judged-different");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, string survivor, string absorbed, string? reason, CancellationToken ct)
    {
        var outcome = await merging.ProposeMergeAsync(survivor, absorbed, reason, id, ct);
        if (outcome.Value is null)
        {
            Errors = outcome.Errors?.ToDictionary();
            Message = outcome.Detail ?? Infrastructure.Text.Get("problem.validation");
            Pairs = await review.ListAsync(PairStatus.Open, 50, ct);
            return Page();
        }
        TempData["flash-text"] = Infrastructure.Text.Get("dup.merge-proposed", absorbed, survivor);
        return RedirectToPage();
    }
}
