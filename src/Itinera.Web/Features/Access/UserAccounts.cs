using System.Security.Cryptography;
using Itinera.Web.Data;
using Itinera.Web.Features.Audit;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web.Features.Access;

public sealed record UserCreation(ItineraUser? User, string? GeneratedPassword, ValidationErrors? Errors);

/// <summary>Creating users and their roles, shared by the admin API and the 'users create' verb.</summary>
public sealed class UserAccounts(UserManager<ItineraUser> users, RoleManager<IdentityRole> roles, ItineraDbContext db, AuditTrail audit)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    public async Task<UserCreation> CreateAsync(string? username, string? displayName, IReadOnlyList<string> requestedRoles, string? password, string? language = null)
    {
        var errors = new ValidationErrors();
        var name = username?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("username", Text.Get("v.required"));
        else if (await users.FindByNameAsync(name) is not null) errors.Add("username", Text.Get("v.username-taken"));
        foreach (var role in requestedRoles.Where(r => !Roles.IsKnown(r)))
            errors.Add("roles", Text.Get("v.role", role));
        if (requestedRoles.Count == 0) errors.Add("roles", Text.Get("v.required"));
        var lang = language?.Trim().ToLowerInvariant() ?? "fr";
        if (!Text.Languages.Contains(lang)) errors.Add("language", Text.Get("v.enum", string.Join(", ", Text.Languages)));
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var secret = password is { Length: > 0 } ? password : generated!;
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new ItineraUser { UserName = name }, secret);
            foreach (var e in result.Errors) errors.Add("password", Text.Get("v.password", e.Description));
        }
        if (!errors.IsEmpty) return new(null, null, errors);

        var user = new ItineraUser { UserName = name, DisplayName = displayName?.Trim() ?? name!, PreferredLanguage = lang, LockoutEnabled = true };
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            Check(await users.CreateAsync(user, secret));
            Check(await users.AddToRolesAsync(user, requestedRoles.Distinct(StringComparer.Ordinal)));
            audit.Record(AuditAction.Create, "user", name, AuditPurpose.Administration, detail: "roles: " + string.Join(',', requestedRoles));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        });
        return new(user, generated, null);
    }

    /// <summary>A random password of 20 characters from letters and digits, with every class the validator asks for.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!+";
        var all = lower + upper + digits;
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        chars[RandomNumberGenerator.GetInt32(0, 5)] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[RandomNumberGenerator.GetInt32(5, 10)] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[RandomNumberGenerator.GetInt32(10, 15)] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[RandomNumberGenerator.GetInt32(15, 20)] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
