namespace DexFlow.Web.Api;

/// <summary>What <c>POST /api/auth/token</c> answers.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt,
    string UserId, string DisplayName, string[] Roles);

/// <summary>What <c>GET /api/me</c> answers: who the token says the caller is.</summary>
public sealed record Me(string UserId, string DisplayName, string[] Roles, string[]? Resources = null);
