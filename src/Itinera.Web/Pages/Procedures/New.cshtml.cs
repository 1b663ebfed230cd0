using System.Text.Json.Nodes;
using Itinera.Domain.Procedures;
using Itinera.Web.Features.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages.Procedures;

/// <summary>Lodging an application on a dossier: its type (and variant), the date, the documents received.</summary>
public sealed class NewModel(ProcedureService procedures) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dossier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    public ProcedureType? Selected => Type is null ? null : ProcedureTypes.Find(Type);
    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? variant, string? lodgedOn, string[]? documents, CancellationToken ct)
    {
        var body = new JsonObject { ["type"] = Type, ["documents"] = new JsonArray((documents ?? []).Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()) };
        if (!string.IsNullOrWhiteSpace(variant)) body["variant"] = variant;
        if (!string.IsNullOrWhiteSpace(lodgedOn)) body["lodgedOn"] = lodgedOn;
        var r = await procedures.LodgeAsync(Dossier ?? "", body, ct);
        if (r.Value is { } p) return Redirect($"/Procedures/{p.Id}");
        Problem = r.NotFound ? Infrastructure.Text.Get("problem.not-found")
            : r.MergedInto is { } into ? Infrastructure.Text.Get("problem.dossier-merged", into)
            : r.Rule is { } rule ? $"{Infrastructure.Text.Get("problem.procedure-rule")} ({rule.Code})"
            : string.Join(" ", r.Errors?.ToDictionary().SelectMany(e => e.Value.Select(v => e.Key + ": " + v)) ?? []);
        return Page();
    }
}
