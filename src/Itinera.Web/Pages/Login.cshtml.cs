using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

public sealed class LoginModel(SignInManager<ItineraUser> signIn, UserManager<ItineraUser> users, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool Failed { get; private set; }
    public bool LockedOut { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Username?.Trim() ?? "";
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null || string.IsNullOrEmpty(Password))
        {
            Failed = true;
            await audit.RecordNowAsync(AuditAction.Login, "user", name.Length == 0 ? null : Truncate(name), AuditPurpose.Security, AuditOutcome.Denied, "unknown user or empty password", ct);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(AuditAction.Login, "user", user.UserName, AuditPurpose.Security, AuditOutcome.Success, ct: ct);
            var culture = LanguageModel.CultureFor(user.PreferredLanguage);
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), LanguageModel.CookieOptions(clock));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        LockedOut = result.IsLockedOut;
        Failed = !LockedOut;
        await audit.RecordNowAsync(AuditAction.Login, "user", user.UserName, AuditPurpose.Security, AuditOutcome.Denied,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password", ct);
        return Page();
    }

    // An unknown name is recorded as typed (it may be a typo of a real one), never more than 100 characters.
    private static string Truncate(string s) => s.Length > 100 ? s[..100] : s;
}
