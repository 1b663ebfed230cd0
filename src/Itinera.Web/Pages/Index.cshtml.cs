using Itinera.Web.Features.Access;
using Itinera.Web.Features.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

/// <summary>Person search: exact and prefix on name, dossier number, national number and external reference.</summary>
public sealed class IndexModel(DossierService dossiers, IAuthorizationService authorization) : PageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<Dossier>? Results { get; private set; }
    public bool CanRead { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRead = (await authorization.AuthorizeAsync(User, Policies.DossierRead)).Succeeded;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.DossierWrite)).Succeeded;
        if (CanRead && !string.IsNullOrWhiteSpace(Q))
            Results = await dossiers.SearchAsync(Q, Limit, ct);
    }
}
