using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

public sealed class LogoutModel(SignInManager<ItineraUser> signIn, UserManager<ItineraUser> users, AuditTrail audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.Logout, "user", User.Identity?.Name, AuditPurpose.Security, ct: ct);
        // Signing out ends the session on the server too: a new security stamp makes every cookie issued before it
        // invalid on its next request (AccessSetup validates the stamp on every request), so a copied cookie is no key.
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
