using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Pages.Dossiers;

/// <summary>
/// Edits the person with the version the user saw. When someone else changed the dossier in between, nothing is
/// written: the page names the fields they changed, shows their values next to what this user typed, and reloads
/// the current values (and version) into the form.
/// </summary>
public sealed class EditModel(DossierService dossiers) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "number")] public string Number { get; set; } = "";
    [BindProperty] public PersonForm Form { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public Dossier? Dossier { get; private set; }
    public IReadOnlyList<string>? StaleFields { get; private set; }
    /// <summary>What this user had typed, kept for the conflict report.</summary>
    public PersonForm? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Dossier = await dossiers.GetAsync(Number, ct);
        if (Dossier is null) return NotFound();
        Form = PersonForm.From(Dossier.Person);
        Version = Dossier.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await dossiers.UpdatePersonAsync(Number, Version, Form.ToInput(), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["flash"] = "edit.done";
            return Redirect("/Dossiers/" + outcome.Value!.Number);
        }
        if (outcome.Stale is { } stale)
        {
            Mine = Form;
            StaleFields = stale.ChangedFields;
            Dossier = await dossiers.GetAsync(Number, ct);
            if (Dossier is null) return NotFound();
            Form = PersonForm.From(Dossier.Person);
            Version = Dossier.Version;
            ModelState.Clear();
            return Page();
        }
        SetErrors(outcome.Errors);
        Dossier = await dossiers.GetAsync(Number, ct);
        return Dossier is null ? NotFound() : Page();
    }
}
