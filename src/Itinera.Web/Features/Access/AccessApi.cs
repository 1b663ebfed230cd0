using System.Security.Claims;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Access;

public sealed record CreateUserRequest(string? Username, string? DisplayName, IReadOnlyList<string>? Roles, string? Password, string? Language);
public sealed record UserJson(string Username, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, string Language);
public sealed record CreatedUserJson(UserJson User, string? GeneratedPassword);
public sealed record CreateTokenRequest(string? Name, IReadOnlyList<string>? Scopes, int? Days);
public sealed record TokenJson(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);
public sealed record CreatedTokenJson(TokenJson Token, string Secret);

public static class AccessApi
{
    public const int MaxTokenDays = 365;

    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/users").WithTags("Access").RequireAuthorization(Policies.UserAdmin);
        admin.MapGet("", async (ItineraDbContext db, UserManager<ItineraUser> users, TimeProvider clock, CancellationToken ct) =>
        {
            var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
            var list = new List<UserJson>();
            foreach (var u in all) list.Add(await ToJson(u, users, clock));
            return TypedResults.Ok(list);
        }).WithSummary("All user accounts and their roles");

        admin.MapPost("", async Task<Results<Created<CreatedUserJson>, ProblemHttpResult>> ([FromBody] CreateUserRequest? body, UserAccounts accounts, UserManager<ItineraUser> users, TimeProvider clock) =>
        {
            var created = await accounts.CreateAsync(body?.Username, body?.DisplayName, body?.Roles ?? [], body?.Password, body?.Language);
            if (created.Errors is not null) return Problems.ValidationFailed(created.Errors);
            return TypedResults.Created($"/api/users/{created.User!.UserName}", new CreatedUserJson(await ToJson(created.User, users, clock), created.GeneratedPassword));
        }).WithSummary("Create a user with roles; a password is generated and returned once when none is given");

        admin.MapPost("/{username}/tokens", async Task<Results<Created<CreatedTokenJson>, ProblemHttpResult>> (string username, [FromBody] CreateTokenRequest? body, UserManager<ItineraUser> users, ItineraDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider clock) =>
        {
            var user = await users.FindByNameAsync(username);
            if (user is null) return Problems.NotFoundProblem(username);
            return await CreateToken(user, body, users, db, audit, actor, clock);
        }).WithSummary("Create a token for another user (admin)");

        var mine = app.MapGroup("/api/tokens").WithTags("Access").RequireAuthorization(Policies.SignedIn);
        mine.MapGet("", async (ClaimsPrincipal principal, ItineraDbContext db, CancellationToken ct) =>
        {
            var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
            var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
            return TypedResults.Ok(tokens.OrderByDescending(t => t.CreatedAt).Select(ToJson).ToList());
        }).WithSummary("Your tokens (never their secrets)");

        mine.MapPost("", async Task<Results<Created<CreatedTokenJson>, ProblemHttpResult>> (ClaimsPrincipal principal, [FromBody] CreateTokenRequest? body, UserManager<ItineraUser> users, ItineraDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider clock) =>
        {
            var user = await users.GetUserAsync(principal);
            if (user is null) return Problems.NotFoundProblem("user");
            return await CreateToken(user, body, users, db, audit, actor, clock);
        }).WithSummary("Create a personal access token; scopes default to your roles");

        mine.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ClaimsPrincipal principal, ItineraDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
            var isAdmin = principal.IsInRole(Roles.Admin);
            var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && (t.UserId == userId || isAdmin), ct);
            if (token is null) return Problems.NotFoundProblem(id.ToString());
            token.RevokedAt ??= clock.GetUtcNow();
            audit.Record(AuditAction.Update, "token", token.Id.ToString(), AuditPurpose.Security, detail: "revoked");
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).WithSummary("Revoke a token (yours, or any as admin)");
        return app;
    }

    private static async Task<Results<Created<CreatedTokenJson>, ProblemHttpResult>> CreateToken(ItineraUser user, CreateTokenRequest? body,
        UserManager<ItineraUser> users, ItineraDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var days = body?.Days ?? 90;
        if (days is < 1 or > MaxTokenDays) errors.Add("days", Text.Get("v.range", 1, MaxTokenDays));
        var name = string.IsNullOrWhiteSpace(body?.Name) ? "api" : body.Name.Trim();
        if (name.Length > 100) errors.Add("name", Text.Get("v.too-long", 100));
        foreach (var s in (body?.Scopes ?? []).Where(s => !Roles.IsKnown(s))) errors.Add("scopes", Text.Get("v.role", s));
        if (!errors.IsEmpty) return Problems.ValidationFailed(errors);
        var created = await ApiTokens.CreateAsync(db, users, user, name, body?.Scopes, days, actor.Name, clock.GetUtcNow());
        if (created.RefusedScopes.Count > 0)
        {
            foreach (var s in created.RefusedScopes) errors.Add("scopes", Text.Get("v.scope", s));
            return Problems.ValidationFailed(errors);
        }
        audit.Record(AuditAction.Create, "token", created.Token!.Id.ToString(), AuditPurpose.Security, detail: $"for {user.UserName}; scopes {created.Token.Scopes}");
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/tokens/{created.Token.Id}", new CreatedTokenJson(ToJson(created.Token), created.Secret!));
    }

    private static TokenJson ToJson(ApiToken t) => new(t.Id, t.Name, t.Prefix, ApiTokens.ParseScopes(t.Scopes), t.CreatedAt, t.ExpiresAt, t.RevokedAt);

    private static async Task<UserJson> ToJson(ItineraUser u, UserManager<ItineraUser> users, TimeProvider clock) =>
        new(u.UserName!, u.DisplayName, (await users.GetRolesAsync(u)).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > clock.GetUtcNow(), u.PreferredLanguage);
}
