namespace DexFlow.Web.Api;

/// <summary>A user as administrators and auditors see them; <see cref="Version"/> is the ETag of a change.</summary>
public sealed record UserAccount(string UserId, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Resources,
    string? Language, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, long Version);

public sealed record UserList(IReadOnlyList<UserAccount> Items, int Page, int PageSize, long Total);

/// <summary>A reset password: the one DexFlow made up is shown this once.</summary>
public sealed record PasswordReset(UserAccount User, string? GeneratedPassword);

/// <summary>What the user editor changes; a draft, so settable.</summary>
public sealed record UserDetails
{
    public string DisplayName { get; set; } = "";

    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Resources { get; set; } = [];

    public string? Language { get; set; }

    public static UserDetails Of(UserAccount user) =>
        new() { DisplayName = user.DisplayName, Email = user.Email, Roles = [.. user.Roles], Resources = [.. user.Resources], Language = user.Language };
}
