using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Itinera.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Itinera.Web.Features.Access;

/// <summary>Bearer personal access tokens: looked up by SHA-256 hash, expiring, revocable, scoped to roles.</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ItineraDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string TokenIdClaim = "itinera:token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0) return AuthenticateResult.Fail("empty token");

        var hash = ApiTokens.Hash(token);
        var now = clock.GetUtcNow();
        // One round trip: the token, its user and the user's roles as they are now. It runs on every request, so a
        // revoked token, a locked user or a withdrawn role takes effect at once.
        var found = await (from t in db.ApiTokens.AsNoTracking()
                           where t.TokenHash == hash
                           join u in db.Users on t.UserId equals u.Id
                           select new
                           {
                               t.Id, t.Scopes, t.ExpiresAt, t.RevokedAt, UserId = u.Id, u.UserName, u.LockoutEnd,
                               Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                        where ur.UserId == u.Id select r.Name!).ToList(),
                           }).SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("unknown token");
        if (found.RevokedAt is not null) return AuthenticateResult.Fail("revoked token");
        if (found.ExpiresAt <= now) return AuthenticateResult.Fail("expired token");
        if (found.LockoutEnd is not null && found.LockoutEnd > now) return AuthenticateResult.Fail("user unavailable");
        var userRoles = found.Roles;
        // A token never grants more than its user holds now: a role taken from the user is gone from the token too.
        var effective = ApiTokens.ParseScopes(found.Scopes).Intersect(userRoles, StringComparer.Ordinal);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, found.UserId),
            new(ClaimTypes.Name, found.UserName!),
            new(TokenIdClaim, found.Id.ToString()),
        };
        claims.AddRange(effective.Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

public static class ApiTokens
{
    public const string TokenPrefix = "itn_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewSecret() => TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static IReadOnlyList<string> ParseScopes(string scopes) =>
        scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Creates a token for a user. Scopes default to the user's roles and may not exceed them.
    /// Returns the secret (shown once) and the stored row, or the list of scopes the user does not hold.
    /// </summary>
    public static async Task<TokenCreation> CreateAsync(ItineraDbContext db, UserManager<ItineraUser> users, ItineraUser user,
        string name, IReadOnlyList<string>? scopes, int days, string createdBy, DateTimeOffset now)
    {
        var roles = await users.GetRolesAsync(user);
        var requested = scopes is { Count: > 0 } ? scopes : roles.ToList();
        var refused = requested.Where(s => !roles.Contains(s, StringComparer.Ordinal)).ToList();
        if (refused.Count > 0) return new TokenCreation(null, null, refused);
        var secret = NewSecret();
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Name = name,
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            Scopes = string.Join(',', requested.Distinct(StringComparer.Ordinal)),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        return new TokenCreation(secret, token, []);
    }
}

public sealed record TokenCreation(string? Secret, ApiToken? Token, IReadOnlyList<string> RefusedScopes);
