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

    /// <summary>
    /// How long an access token of DexFlow's own is good for. Short, because it cannot be taken back: clients renew it
    /// with their refresh token, which can.
    /// </summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often each API process reads every user's security version and active flag. A disabled or re-roled user's
    /// tokens are refused from the next read on, so this bounds how long a revoked token still works.
    /// </summary>
    public TimeSpan UserCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

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

    /// <summary>The claim with the provider's groups (or roles), which <see cref="GroupRoles"/> maps to DexFlow roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Provider groups and the DexFlow roles (comma-separated names) each grants: with any, a provider's user has the
    /// roles their groups map to on every request; without, the roles an administrator gave their DexFlow user.
    /// </summary>
    public Dictionary<string, string> GroupRoles { get; set; } = [];

    /// <summary>The claims that name a new user and match a first sign-in to a user by a verified e-mail address.</summary>
    public string UserNameClaim { get; set; } = "preferred_username";

    public string EmailClaim { get; set; } = "email";

    public string EmailVerifiedClaim { get; set; } = "email_verified";

    /// <summary>
    /// Whether a first sign-in with an address the provider vouches for becomes the existing user with that address.
    /// It trusts the provider's verification with every account, administrators' included: turn it off for a provider
    /// whose users can set their own verified addresses.
    /// </summary>
    public bool MatchVerifiedEmail { get; set; } = true;

    /// <summary>
    /// The public client registered at the provider for the web application (authorization code flow with PKCE, no
    /// secret). Without it the API still accepts the provider's tokens, but the web application offers no sign-in with it.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>What the web application asks the provider for; its access tokens must be issued for <see cref="Audience"/>.</summary>
    public string Scope { get; set; } = "openid profile";

    /// <summary>How the sign-in page names the provider: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>
    /// The provider's origin (scheme, host and port), which the web application's pages may call for discovery and the
    /// token endpoint; null when the app does not sign in with the provider (no client id, or no http(s) authority).
    /// </summary>
    public string? BrowserOrigin => !string.IsNullOrWhiteSpace(ClientId) && Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
        && authority.Scheme is "http" or "https"
            ? authority.GetLeftPart(UriPartial.Authority)
            : null;
}
