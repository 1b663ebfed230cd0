using System.Globalization;
using Itinera.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

/// <summary>The language switcher: sets the culture cookie, remembers the choice for a signed-in user, goes back.</summary>
public sealed class LanguageModel(UserManager<ItineraUser> users, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var lang = culture?.Trim().ToLowerInvariant() ?? "";
        if (Infrastructure.Text.Languages.Contains(lang))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureFor(lang))), CookieOptions(clock));
            if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != lang)
            {
                user.PreferredLanguage = lang;
                await users.UpdateAsync(user);
            }
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public static CultureInfo CultureFor(string? language) =>
        ItineraHost.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == language) ?? ItineraHost.Cultures[0];

    public static CookieOptions CookieOptions(TimeProvider clock) => new()
    {
        Expires = clock.GetUtcNow().AddYears(1),
        IsEssential = true,
        HttpOnly = false,
        SameSite = SameSiteMode.Lax,
        Path = "/",
    };
}
