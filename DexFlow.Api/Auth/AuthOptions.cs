namespace DexFlow.Api.Auth;

/// <summary>Bearer-token authentication (<c>DexFlow:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Issuer = "dexflow";
    public const string Audience = "dexflow-api";

    /// <summary>
    /// Secret that signs and checks the tokens DexFlow issues itself (at least 32 characters). Every API process of one
    /// installation must share it. Without it, Development generates a key that lasts until the process stops.
    /// </summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>An external OpenID Connect provider whose access tokens are accepted beside DexFlow's own.</summary>
    public OidcOptions? Oidc { get; set; }
}

/// <summary>Where an external OpenID Connect provider is, and which claims carry the user's id, name and roles.</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    public string UserIdClaim { get; set; } = "sub";

    public string NameClaim { get; set; } = "name";

    public string RoleClaim { get; set; } = "roles";
}
