using Itinera.Web.Features.Correspondence;
using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Pages.Dossiers;

/// <summary>Registers an incoming or outgoing document (mail register), with its file when there is one.</summary>
[RequestSizeLimit(DocumentRegister.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentRegister.MaxFileBytes + 1024 * 1024)]
public sealed class RegisterModel(DocumentRegister register, DossierService dossiers, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "number")] public string Number { get; set; } = "";
    [BindProperty] public string? Direction { get; set; } = nameof(DocumentDirection.Incoming);
    [BindProperty] public string? Kind { get; set; } = nameof(DocumentKind.Letter);
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Correspondent { get; set; }
    [BindProperty] public string? DocumentDate { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public Dossier? Dossier { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        DocumentDate = Ui.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var file = Upload is { Length: > 0 } ? Upload : null;
        var outcome = await register.RegisterAsync(Number, new RegisterInput(Direction, Kind, Title, Correspondent, DocumentDate), file, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["flash"] = "register.done";
            return Redirect($"/Dossiers/{Number}#register");
        }
        if (outcome.Stale is not null)
        {
            var errors = new Infrastructure.ValidationErrors();
            errors.Add("form", Infrastructure.Text.Get("problem.stale"));
            SetErrors(errors);
        }
        else SetErrors(outcome.Errors);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Today = Ui.TodayInBrussels(clock);
        Dossier = await dossiers.GetAsync(Number, ct);
        if (Dossier is not null) Number = Dossier.Number;
        return Dossier is not null;
    }
}
