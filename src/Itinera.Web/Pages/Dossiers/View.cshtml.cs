using Itinera.Web.Features.Access;
using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Pages.Dossiers;

/// <summary>One dossier: identity, aliases, documents, addresses, register, timeline; small forms for writers.</summary>
public sealed class ViewModel(DossierService dossiers, IAuthorizationService authorization, TimeProvider clock, Features.Procedures.ProcedureService procedures,
    Features.Stay.StayRecords stays) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "number")] public string Number { get; set; } = "";
    public Dossier? Dossier { get; private set; }
    /// <summary>The dossier this one was merged into, if it was.</summary>
    public string? MergedInto { get; private set; }
    /// <summary>The dossiers merged into this one (their events show on this timeline with their origin).</summary>
    public IReadOnlyList<string> MergedHere { get; private set; } = [];
    public IReadOnlyList<(DossierEvent Event, string Origin)> Timeline { get; private set; } = [];
    public IReadOnlyList<Features.Procedures.ProcedureJson> Procedures { get; private set; } = [];
    /// <summary>The person's recorded stays in the Schengen area, with those of the dossiers merged into this one, oldest first.</summary>
    public IReadOnlyList<Features.Stay.RecordedStay> Stays { get; private set; } = [];
    /// <summary>Which dossier each of <see cref="Stays"/> was recorded on.</summary>
    public Features.Stay.DossierStays StayOrigins { get; private set; } = Features.Stay.DossierStays.None;
    /// <summary>The periods of presence up to today handed to the calculator page: the stays, a day recorded on two merged dossiers once.</summary>
    public IReadOnlyList<Itinera.Domain.Stay.ShortStay> CalculatorStays { get; private set; } = [];
    /// <summary>The 90/180 rule on those stays today (stays entered after today are left out); null when it cannot be computed.</summary>
    public Itinera.Domain.Stay.SchengenAssessment? Schengen { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>Which small form was submitted with errors (alias, identity-document, address), to open it again.</summary>
    public string? OpenForm { get; private set; }

    [BindProperty] public AliasForm Alias { get; set; } = new();
    [BindProperty] public IdentityDocumentForm IdDocument { get; set; } = new();
    [BindProperty] public AddressForm Address { get; set; } = new();
    [BindProperty] public StayForm Stay { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAliasAsync(CancellationToken ct) =>
        WriteAsync("alias", "view.alias.done", () => dossiers.AddAliasAsync(Number,
            new AliasInput(Alias.Surname, Alias.GivenNames, Alias.OriginalScriptName, Alias.BirthDate, Alias.Source, Alias.RecordedOn), ct), ct);

    public Task<IActionResult> OnPostIdentityDocumentAsync(CancellationToken ct) =>
        WriteAsync("identity-document", "view.document.done", () => dossiers.AddIdentityDocumentAsync(Number,
            new IdentityDocumentInput(IdDocument.Type, IdDocument.DocumentNumber, IdDocument.IssuingCountry, IdDocument.IssuedOn, IdDocument.ExpiresOn), ct), ct);

    public Task<IActionResult> OnPostAddressAsync(CancellationToken ct) =>
        WriteAsync("address", "view.address.done", () => dossiers.AddAddressAsync(Number,
            new AddressInput(Address.Street, Address.HouseNumber, Address.Box, Address.PostalCode, Address.Municipality, Address.Country, Address.ValidFrom), ct), ct);

    public Task<IActionResult> OnPostStayAsync(CancellationToken ct) =>
        WriteAsync("stay", "view.stay.done", async () =>
        {
            var outcome = await stays.RecordAsync(Number, new Features.Stay.RecordStayRequest(Stay.Entry, Stay.Exit, Stay.Source, Stay.Note), ct);
            return new Outcome<Dossier>(outcome.Value?.Dossier, outcome.Errors, outcome.NotFound, outcome.Stale, MergedInto: outcome.MergedInto);
        }, ct);

    private async Task<IActionResult> WriteAsync(string form, string doneKey, Func<Task<Outcome<Dossier>>> write, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.DossierWrite)).Succeeded) return Forbid();
        var outcome = await write();
        if (outcome.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["flash"] = doneKey;
            return Redirect($"/Dossiers/{outcome.Value!.Number}");
        }
        if (outcome.MergedInto is not null)
        {
            TempData["flash"] = "view.merged-refused";
            return Redirect($"/Dossiers/{Number}");
        }
        if (outcome.Stale is not null)
        {
            TempData["flash"] = "view.stale";
            return Redirect($"/Dossiers/{Number}");
        }
        SetErrors(outcome.Errors);
        OpenForm = form;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.DossierWrite)).Succeeded;
        Today = Ui.TodayInBrussels(clock);
        Dossier = await dossiers.GetAsync(Number, ct);
        if (Dossier is null) return false;
        Number = Dossier.Number;
        Timeline = await dossiers.TimelineAsync(Dossier.Id, ct);
        MergedInto = await dossiers.MergedIntoAsync(Dossier, ct);
        MergedHere = await dossiers.MergedIntoThisAsync(Dossier.Id, ct);
        Procedures = await procedures.ForDossierAsync(Dossier.Id, ct);
        StayOrigins = await stays.ForDossierAsync(Dossier.Id, ct);
        Stays = StayOrigins.Stays;
        Schengen = Features.Stay.StayRecords.Assess(Stays, Ui.Date(Today), null).Outcome.Assessment;
        CalculatorStays = Features.Stay.StayRecords.Combine(Stays.Where(s => s.Entry <= Today));
        return true;
    }

    /// <summary>Error for a field of the open form only (the three forms share field names like "surname").</summary>
    public IReadOnlyDictionary<string, string[]>? ErrorsOf(string form) => OpenForm == form ? Errors : null;
}

public sealed class AliasForm
{
    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? OriginalScriptName { get; set; }
    public string? BirthDate { get; set; }
    public string? Source { get; set; }
    public string? RecordedOn { get; set; }
}

public sealed class IdentityDocumentForm
{
    public string? Type { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IssuingCountry { get; set; }
    public string? IssuedOn { get; set; }
    public string? ExpiresOn { get; set; }
}

public sealed class AddressForm
{
    public string? Street { get; set; }
    public string? HouseNumber { get; set; }
    public string? Box { get; set; }
    public string? PostalCode { get; set; }
    public string? Municipality { get; set; }
    public string? Country { get; set; } = "BE";
    public string? ValidFrom { get; set; }
}

public sealed class StayForm
{
    public string? Entry { get; set; }
    public string? Exit { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}
