using System.Net;
using System.Text;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class AuthorizationTests(Apps apps) : IClassFixture<Apps>
{
    private sealed record ApiCall(string Method, string Pattern, string Path, IReadOnlyList<string>? AllowedRoles);

    /// <summary>Every protected /api endpoint of the running app, with a concrete path and the roles its policy allows (null: any signed-in user).</summary>
    private static async Task<List<ApiCall>> ProtectedApiCallsAsync(ItineraFactory app, string dossierNumber)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var calls = new List<ApiCall>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!raw.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && raw != "/api") continue;
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? await policies.GetFallbackPolicyAsync();
            Assert.NotNull(policy);
            var roleRequirements = policy.Requirements.OfType<RolesAuthorizationRequirement>().ToList();
            IReadOnlyList<string>? allowed = roleRequirements.Count == 0 ? null
                : roleRequirements.Select(r => r.AllowedRoles).Aggregate((IEnumerable<string>)Roles.All, (acc, r) => acc.Intersect(r)).ToList();
            var path = Concrete(endpoint.RoutePattern, dossierNumber);
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                calls.Add(new ApiCall(method, raw, path, allowed));
        }
        return calls;
    }

    private static string Concrete(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, string dossierNumber)
    {
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => p.Name switch
            {
                "number" when pattern.RawText!.Contains("identifiers", StringComparison.Ordinal) => TestData.NationalNumber(new DateOnly(1985, 7, 30), 33),
                "number" => dossierNumber,
                "sequence" => "1",
                "id" => Guid.NewGuid().ToString(),
                "username" => "someone",
                _ => p.ParameterPolicies.Any(x => x.Content == "int") ? "1" : "x",
            },
            _ => "",
        })));
        return "/" + string.Join('/', parts);
    }

    private static HttpRequestMessage Request(ApiCall call)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        if (call.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    [Theory, SqliteData, PostgresData]
    public async Task EveryProtectedApiEndpoint_Returns401Anonymously_And403ForAPartnerRoleItsPolicyExcludes(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var writer = await app.ClientAsync(Roles.Registration);
        var number = await TestData.OpenDossierNumberAsync(writer, TestData.UniqueName("Authz"));
        var calls = await ProtectedApiCallsAsync(app, number);
        Assert.True(calls.Count >= 15, $"only {calls.Count} protected API endpoints found");
        Assert.Contains(calls, c => c.Pattern.StartsWith("/api/identifiers", StringComparison.Ordinal));

        var anonymous = app.AnonymousClient();
        var partnerClients = new Dictionary<string, HttpClient>();
        var failures = new List<string>();
        var forbiddenChecked = 0;
        foreach (var call in calls)
        {
            var anon = await anonymous.SendAsync(Request(call));
            if (anon.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{call.Method} {call.Path} anonymous: {(int)anon.StatusCode}");

            if (call.AllowedRoles is null) continue; // any signed-in user: no role is outside the policy
            var outside = Roles.Partners.FirstOrDefault(r => !call.AllowedRoles.Contains(r));
            Assert.True(outside is not null, $"{call.Method} {call.Pattern} allows every partner role");
            if (!partnerClients.TryGetValue(outside, out var client))
                partnerClients[outside] = client = await app.ClientAsync(outside);
            var denied = await client.SendAsync(Request(call));
            if (denied.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{call.Method} {call.Path} as {outside}: {(int)denied.StatusCode}");
            forbiddenChecked++;
        }
        Assert.Empty(failures);
        Assert.True(forbiddenChecked >= 10, $"only {forbiddenChecked} endpoints checked for 403");
    }

    [Theory, SqliteData, PostgresData]
    public async Task TokenScopesNarrowerThanTheUsersRoles_CannotUseTheWiderRole(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var user = await app.CreateUserAsync(Roles.Registration, Roles.Auditor);
        var narrow = app.ClientWithToken((await app.CreateTokenAsync(user, [Roles.Auditor])).Secret);
        var full = app.ClientWithToken((await app.CreateTokenAsync(user)).Secret);

        Assert.Equal(HttpStatusCode.Forbidden, (await narrow.GetAsync("/api/dossiers?q=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await narrow.GetAsync("/api/audit?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await full.GetAsync("/api/dossiers?q=abc")).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RevokedAndExpiredTokens_Get401(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var user = await app.CreateUserAsync(Roles.Registration);
        var (secret, id) = await app.CreateTokenAsync(user);
        var client = app.ClientWithToken(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/dossiers?q=abc")).StatusCode);

        var expired = await app.CreateTokenAsync(user, days: 1, createdAt: TimeProvider.System.GetUtcNow().AddDays(-2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientWithToken(expired.Secret).GetAsync("/api/dossiers?q=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientWithToken("itn_not-a-real-token").GetAsync("/api/dossiers?q=abc")).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DeniedAttempts_AreInTheAuditTrail_WithOutcomeDenied(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var partner = await app.CreateUserAsync(Roles.PartnerCgra);
        var partnerClient = app.ClientWithToken((await app.CreateTokenAsync(partner)).Secret);
        long after;
        await using (var scope = app.Scope())
            after = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.MaxAsync(a => (long?)a.Sequence) ?? 0;

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerClient.GetAsync("/api/audit")).StatusCode);

        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<ItineraDbContext>().Audit.AsNoTracking()
                .Where(a => a.Sequence > after && a.Outcome == AuditOutcome.Denied).ToListAsync();
            Assert.Contains(rows, r => r.Actor == "anonymous" && r.ObjectType == "endpoint" && r.ObjectId!.StartsWith("GET /api/audit", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Actor == partner.UserName && r.ObjectType == "endpoint" && r.ObjectId!.StartsWith("GET /api/audit", StringComparison.Ordinal));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task RazorPagesAndOtherNonApiChallenges_RedirectAnonymousUsersToLogin(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>().Any())
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        foreach (var page in pages)
        {
            var path = Concrete(page.RoutePattern, "2025-000001-00");
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{path}: {(int)response.StatusCode}");
            Assert.StartsWith("/login", response.Headers.Location?.IsAbsoluteUri == true ? response.Headers.Location.AbsolutePath : response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        }

        // The same rule for any page the UI adds: an anonymous challenge outside /api (the default scheme, as the page
        // conventions use) is a redirect to the login page, never a bare 401; inside /api it is a bare 401, never a redirect.
        await using var probeApp = await ItineraFactory.StartAsync(provider, services: s => s.AddTransient<IStartupFilter, ChallengeProbe>());
        var probeClient = probeApp.AnonymousClient();
        var web = await probeClient.GetAsync("/probe/page");
        Assert.Equal(HttpStatusCode.Redirect, web.StatusCode);
        Assert.Equal("/login", web.Headers.Location!.IsAbsoluteUri ? web.Headers.Location.AbsolutePath : web.Headers.Location.OriginalString.Split('?')[0]);
        var api = await probeClient.GetAsync("/api/probe");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SignedOutSession_ItsCookieOpensNothingAfterwards(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var name = "officer-" + Guid.NewGuid().ToString("N")[..8];
        const string password = "Correct-Horse-Battery-9";
        await using (var scope = app.Scope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(name, null, [Roles.Registration], password, "en")).Errors);
        // A browser of our own: cookies kept by hand, so that the session cookie can be replayed after signing out.
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new Dictionary<string, string>();
        async Task<HttpResponseMessage> Send(HttpMethod method, string path, Dictionary<string, string>? form = null)
        {
            var request = new HttpRequestMessage(method, path);
            if (jar.Count > 0) request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => c.Key + "=" + c.Value)));
            if (form is not null) request.Content = new FormUrlEncodedContent(form);
            var response = await browser.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0) jar.Remove(pair[0]); else jar[pair[0]] = pair[1];
            }
            return response;
        }
        async Task<string> FormToken(string path)
        {
            var html = await (await Send(HttpMethod.Get, path)).Content.ReadAsStringAsync();
            var at = html.IndexOf("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"no antiforgery token on {path}");
            var value = html.IndexOf("value=\"", at, StringComparison.Ordinal) + 7;
            return html[value..html.IndexOf('"', value)];
        }

        var login = await Send(HttpMethod.Post, "/login", new() { ["Username"] = name, ["Password"] = password, ["__RequestVerificationToken"] = await FormToken("/login") });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = Assert.Single(jar, c => c.Key == "itinera.auth");
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/")).StatusCode);

        var logout = await Send(HttpMethod.Post, "/logout", new() { ["__RequestVerificationToken"] = await FormToken("/") });
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.DoesNotContain(jar, c => c.Key == "itinera.auth");

        // Someone who copied the cookie before the officer signed out tries it.
        jar[session.Key] = session.Value;
        var replay = await Send(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/login", replay.Headers.Location!.IsAbsoluteUri ? replay.Headers.Location.AbsolutePath : replay.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Challenges anonymous requests to /probe/* and /api/probe with the program's default scheme.</summary>
    private sealed class ChallengeProbe : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path.StartsWithSegments("/probe") || context.Request.Path.StartsWithSegments("/api/probe"))
                {
                    await context.ChallengeAsync();
                    return;
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
