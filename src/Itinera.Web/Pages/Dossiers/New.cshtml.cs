using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Pages.Dossiers;

public sealed class NewModel(DossierService dossiers) : FormPage
{
    [BindProperty] public PersonForm Form { get; set; } = new();
    [BindProperty] public string? Language { get; set; }
    /// <summary>The officer's explicit statement, after seeing the likely dossiers, that this is a different person.</summary>
    [BindProperty] public bool DifferentPerson { get; set; }
    public IReadOnlyList<Features.Identity.PersonHitJson>? Candidates { get; private set; }

    public void OnGet() => Language = Infrastructure.Text.Language() == "nl" ? "nl" : "fr";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var opened = await dossiers.OpenAsync(Form.ToInput(), Language, ct, DifferentPerson);
        if (opened.PossibleDuplicates is { } candidates)
        {
            Candidates = candidates;
            DifferentPerson = false;
            return Page();
        }
        if (!opened.Succeeded)
        {
            SetErrors(opened.Errors, "person.");
            return Page();
        }
        TempData["flash"] = "new.done";
        return Redirect("/Dossiers/" + opened.Value!.Number);
    }
}
