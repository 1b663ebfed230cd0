using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Pages;

/// <summary>The signed-in user's API tokens: list, create (the secret is shown once), revoke.</summary>
public sealed class TokensModel(ItineraDbContext db, UserManager<ItineraUser> users, AuditTrail audit, ICurrentActor actor, TimeProvider clock) : FormPage
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? Days { get; set; } = 90;
    [BindProperty] public List<string> Scopes { get; set; } = [];
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public IReadOnlyList<string> MyRoles { get; private set; } = [];
    /// <summary>The secret of the token just created: shown on this response only, never stored.</summary>
    public string? Secret { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user, ct);
        Scopes = [.. MyRoles];
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var errors = new ValidationErrors();
        var days = Days ?? 0;
        if (days is < 1 or > AccessApi.MaxTokenDays) errors.Add("days", Text.Get("v.range", 1, AccessApi.MaxTokenDays));
        var name = string.IsNullOrWhiteSpace(Name) ? "" : Name.Trim();
        if (name.Length == 0) errors.Add("name", Text.Get("v.required"));
        if (name.Length > 100) errors.Add("name", Text.Get("v.too-long", 100));
        if (Scopes.Count == 0) errors.Add("scopes", Text.Get("v.required"));
        foreach (var s in Scopes.Where(s => !Roles.IsKnown(s))) errors.Add("scopes", Text.Get("v.role", s));
        if (errors.IsEmpty)
        {
            var created = await ApiTokens.CreateAsync(db, users, user, name, Scopes, days, actor.Name, clock.GetUtcNow());
            foreach (var s in created.RefusedScopes) errors.Add("scopes", Text.Get("v.scope", s));
            if (errors.IsEmpty)
            {
                audit.Record(AuditAction.Create, "token", created.Token!.Id.ToString(), AuditPurpose.Security, detail: $"for {user.UserName}; scopes {created.Token.Scopes}");
                await db.SaveChangesAsync(ct);
                Secret = created.Secret;
                Name = null;
                ModelState.Clear();
            }
        }
        SetErrors(errors.IsEmpty ? null : errors);
        await LoadAsync(user, ct);
        // The secret must not be cached anywhere on the way back.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, ct);
        if (token is null) return NotFound();
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            audit.Record(AuditAction.Update, "token", token.Id.ToString(), AuditPurpose.Security, detail: "revoked");
            await db.SaveChangesAsync(ct);
        }
        TempData["flash"] = "tokens.revoked";
        return Redirect("/tokens");
    }

    private async Task LoadAsync(ItineraUser user, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        MyRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).ToListAsync(ct);
        Tokens = tokens.OrderByDescending(t => t.CreatedAt).ToList();
    }
}
