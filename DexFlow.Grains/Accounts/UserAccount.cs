using System.Collections.Immutable;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Accounts;

/// <summary>A built-in account as stored. The password is kept only as the framework hasher's salted hash.</summary>
public sealed record UserAccount(
    string UserId,
    string UserName,
    string DisplayName,
    Roles Roles,
    string PasswordHash,
    bool Active)
{
    public string? Email { get; init; }

    public string? Language { get; init; }

    public ImmutableArray<string> Resources { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Counts every change: the ETag of an update.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Counts the changes to what a token grants; tokens issued at an older one are void.</summary>
    public long SecurityVersion { get; init; } = 1;

    public UserDetails Details => new(DisplayName, Email, Roles, Resources, Language);

    public UserView View => new(UserId, UserName, DisplayName, Email, Roles, Resources, Language, Active, CreatedAt, UpdatedAt, Version);

    public AuthenticatedUser Authenticated => new(UserId, DisplayName, Roles) { Resources = Resources, SecurityVersion = SecurityVersion };

    /// <summary>Whether <paramref name="next"/> changes what this user's tokens grant.</summary>
    public bool GrantsDifferFrom(UserAccount next) =>
        Roles != next.Roles || Active != next.Active || PasswordHash != next.PasswordHash || !Resources.SequenceEqual(next.Resources);
}
