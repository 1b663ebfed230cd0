using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

public sealed class LogoutModel(SignInManager<ItineraUser> signIn, AuditTrail audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.Logout, "user", User.Identity?.Name, AuditPurpose.Security, ct: ct);
        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
