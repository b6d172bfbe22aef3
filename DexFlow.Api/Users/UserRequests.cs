namespace DexFlow.Api.Users;

/// <summary>A new user: their sign-in name (lower-case letters, digits, '.', '-', '_', '@'), details and first password.</summary>
public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Email, string[]? Roles, string[]? Resources, string? Language,
    string? Password);

/// <summary>A user's details as they should be; send the ETag you read in If-Match.</summary>
public sealed record UpdateUserRequest(string? DisplayName, string? Email, string[]? Roles, string[]? Resources, string? Language);

/// <summary>The new password; without one, DexFlow makes one up and answers it this once.</summary>
public sealed record ResetPasswordRequest(string? Password);

/// <summary>
/// Your own new password, after your current one. Send the refresh token of the session you are in to keep it; every
/// other session of yours ends.
/// </summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? RefreshToken);

/// <summary>A user as the API answers them: roles by name.</summary>
public sealed record UserResponse(string UserId, string UserName, string DisplayName, string? Email, string[] Roles, string[] Resources,
    string? Language, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, long Version);

public sealed record UserListResponse(UserResponse[] Items, int Page, int PageSize, long Total);

public sealed record PasswordResetResponse(UserResponse User, string? GeneratedPassword);
