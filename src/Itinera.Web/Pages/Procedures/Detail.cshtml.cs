using System.Text.Json.Nodes;
using Itinera.Domain.Procedures;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Procedures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages.Procedures;

/// <summary>One procedure: checklist, deadlines with their legal basis, history, letters, and the next steps allowed.</summary>
public sealed class DetailModel(ProcedureService procedures, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    public ProcedureJson? Procedure { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await procedures.GetAsync(id, ct);
        if (r.NotFound) return NotFound();
        Procedure = r.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, string trigger, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.DossierWrite)).Succeeded) return Forbid();
        var form = Request.Form;
        var body = new JsonObject { ["trigger"] = trigger };
        foreach (var key in new[] { "officer", "reason", "reasons", "note", "outcome", "channel", "state", "on" })
            if (form[key].ToString() is { Length: > 0 } v) body[key] = v;
        if (form["documents"].Count > 0) body["documents"] = new JsonArray(form["documents"].Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
        if (form["states"].ToString() is { Length: > 0 } states) body["states"] = new JsonArray(states.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)JsonValue.Create(s.ToUpperInvariant())).ToArray());
        foreach (var flag in new[] { "appealLodged", "kinshipConfirmed", "objects", "solvent", "workAuthorised" })
            if (form.ContainsKey(flag + "-present")) body[flag] = form[flag] == "true";
        var r = await procedures.ActAsync(id, version, body, User.IsInRole(Roles.Supervisor), ct);
        if (r.Value is not null)
        {
            TempData["flash-text"] = Infrastructure.Text.Get("proc.step-done", Infrastructure.Text.Get("trigger." + trigger));
            return RedirectToPage(new { id });
        }
        Problem = r.Stale ? Infrastructure.Text.Get("problem.stale") : r.Rule is { } rule ? Infrastructure.Text.Get("proc.rule." + rule.Code) is var t && t != "proc.rule." + rule.Code ? t : $"{Infrastructure.Text.Get("problem.procedure-rule")} ({rule.Code})" : Infrastructure.Text.Get("problem.validation");
        Errors = r.Errors?.ToDictionary();
        Procedure = (await procedures.GetAsync(id, ct)).Value;
        return Page();
    }
}
