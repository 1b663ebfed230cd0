using Microsoft.AspNetCore.Identity;

namespace Itinera.Web.Features.Access;

public sealed class ItineraUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>fr, nl or en: the interface language the user chose last.</summary>
    public string PreferredLanguage { get; set; } = "fr";
}

/// <summary>A personal access token for the API. Only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }
    /// <summary>First characters of the token, shown so a user can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    /// <summary>Comma-separated roles this token may use; always a subset of its user's roles at use time.</summary>
    public required string Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
