using Itinera.Domain.Dossiers;
using Itinera.Domain.Identity;
using Itinera.Domain.Persons;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identity;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

/// <summary>
/// Person search. A dossier number, national number or external reference finds that dossier; anything else is a
/// name, matched whatever the spelling, script or order (the same search as GET /api/persons/search, which the page
/// calls as the officer types).
/// </summary>
public sealed class IndexModel(DossierService dossiers, PersonSearch search, IAuthorizationService authorization) : PageModel
{
    public const int Limit = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? BirthDate { get; set; }
    [BindProperty(SupportsGet = true)] public string? Nationality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sex { get; set; }
    public IReadOnlyList<Dossier>? Exact { get; private set; }
    public IReadOnlyList<PersonHitJson>? Hits { get; private set; }
    public ValidationErrors? Errors { get; private set; }
    public bool CanRead { get; private set; }
    public bool CanWrite { get; private set; }

    /// <summary>The results alone, for the as-you-type script.</summary>
    public async Task<IActionResult> OnGetHitsAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (!CanRead) return Forbid();
        return Partial("_PersonHits", Hits ?? []);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRead = (await authorization.AuthorizeAsync(User, Policies.DossierRead)).Succeeded;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.DossierWrite)).Succeeded;
        if (!CanRead || string.IsNullOrWhiteSpace(Q)) return;
        var q = Q.Trim();
        if (DossierNumber.TryParse(q, out _) || BelgianIdentifier.Check(q) is { Valid: true } || !q.Any(char.IsLetter) || q.Contains('-', StringComparison.Ordinal) && q.Any(char.IsDigit))
        {
            Exact = await dossiers.SearchAsync(q, Limit, ct);
            return;
        }
        var errors = new ValidationErrors();
        var query = PersonSearch.Validate(new PersonSearchInput(q, BirthDate, Nationality, Sex, Limit), errors);
        if (query is null) { Errors = errors; return; }
        Hits = (await search.FindAsync(query, Limit, ct)).Select(PersonSearch.ToJson).ToList();
    }
}
