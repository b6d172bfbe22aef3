using System.Text.Json.Serialization;

namespace DexFlow.Web.Auth.Oidc;

/// <summary>The part of the provider's discovery document (<c>/.well-known/openid-configuration</c>) the sign-in uses.</summary>
public sealed record OidcDiscovery(
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("authorization_endpoint")] string? AuthorizationEndpoint,
    [property: JsonPropertyName("token_endpoint")] string? TokenEndpoint);

/// <summary>The token endpoint's answer to a code (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).</summary>
public sealed record OidcTokens(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("id_token")] string? IdToken);

/// <summary>
/// A sign-in sent to the provider and not yet back, kept in the tab's session storage across the redirect: the
/// secrets to check and redeem the answer with, and where the user was going.
/// </summary>
public sealed record PendingSignIn(string State, string Nonce, string Verifier, string Issuer, string ClientId, string TokenEndpoint,
    string RedirectUri, bool ExpectsIdToken, string ReturnUrl);
