using System.Globalization;

namespace DexFlow.Web.Api;

/// <summary>The shop's users: administrators create, change, disable and reset them; auditors read them.</summary>
public sealed partial class DexFlowClient
{
    public Task<UserList> Users(string? text, string? role, bool? active, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<UserList>(Query("api/users", ("text", string.IsNullOrWhiteSpace(text) ? null : text.Trim()), ("role", role),
            ("active", active?.ToString().ToLowerInvariant()), ("page", page.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture))), cancellationToken);

    public Task<UserAccount> CreateUser(string userName, UserDetails details, string password, CancellationToken cancellationToken = default) =>
        Send<UserAccount>(HttpMethod.Post, "api/users", new
        {
            userName, details.DisplayName, details.Email, details.Roles, details.Resources, details.Language, password,
        }, cancellationToken);

    /// <summary>Replaces the user's details as of <paramref name="version"/>; a change made meanwhile is refused (412).</summary>
    public Task<UserAccount> UpdateUser(string userId, long version, UserDetails details, CancellationToken cancellationToken = default) =>
        SendWith<UserAccount>(HttpMethod.Put, $"api/users/{Uri.EscapeDataString(userId)}", details, [("If-Match", ETag(version))], cancellationToken);

    public Task<UserAccount> SetUserActive(string userId, bool active, CancellationToken cancellationToken = default) =>
        Send<UserAccount>(HttpMethod.Post, $"api/users/{Uri.EscapeDataString(userId)}/{(active ? "enable" : "disable")}", null, cancellationToken);

    /// <summary>Has DexFlow make up a new password for the user (their sessions end); it is answered this once.</summary>
    public Task<PasswordReset> ResetPassword(string userId, CancellationToken cancellationToken = default) =>
        Send<PasswordReset>(HttpMethod.Post, $"api/users/{Uri.EscapeDataString(userId)}/reset-password", new { }, cancellationToken);
}
