using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace Itinera.Web.Features.Access;

public static class AccessSetup
{
    public const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Cli.ConsoleActorHolder>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<Cli.ConsoleActorHolder>());
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserAccounts>();

        services.AddIdentity<ItineraUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<ItineraDbContext>()
            .AddDefaultTokenProviders();

        // A session cookie is checked against the user's security stamp on every request, not every 30 minutes (the
        // default): signing out, a new password or changed roles take effect at once, even for a copied cookie.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.Cookie.Name = "itinera.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            // The API answers with status codes, never with a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            // Deny by default: an endpoint or page that names no policy still needs a signed-in user,
            // and every one of ours names the policy it needs.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(SmartScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.DossierRead, p => p.RequireRole(Roles.DossierReaders))
            .AddPolicy(Policies.DossierWrite, p => p.RequireRole(Roles.DossierWriters))
            .AddPolicy(Policies.IdentifierCheck, p => p.RequireRole(Roles.IdentifierCheckers))
            .AddPolicy(Policies.UserAdmin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Supervise, p => p.RequireRole(Roles.Supervisor))
            .AddPolicy(Policies.AuditRead, p => p.RequireRole(Roles.Auditor, Roles.Admin))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        return services;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (IsApi(ctx.Request)) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Every refused request leaves an audit row (denied attempts are part of the trail), then gets the usual answer.</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged || result.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<AuditTrail>();
            var endpoint = context.GetEndpoint() is RouteEndpoint re ? re.RoutePattern.RawText : context.GetEndpoint()?.DisplayName;
            // The route pattern, not the path: a path can carry a national number or a name.
            await audit.RecordNowAsync(AuditAction.Access, "endpoint", $"{context.Request.Method} {endpoint}", AuditPurpose.Security,
                AuditOutcome.Denied, result.Challenged ? "not authenticated" : "role not allowed", context.RequestAborted);
        }
        await inner.HandleAsync(next, context, policy, result);
    }
}
