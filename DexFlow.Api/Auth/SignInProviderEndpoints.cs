using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Auth;

/// <summary>How the web application may sign in: DexFlow's own accounts always, and the OpenID Connect provider when one is configured for it.</summary>
public sealed record SignInProvidersResponse([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] OidcProviderResponse? Oidc);

/// <summary>What a browser needs to run the authorization code flow with PKCE against the provider: it reads the rest from the provider's discovery document.</summary>
public sealed record OidcProviderResponse(string Authority, string ClientId, string Scope, string DisplayName);

public static class SignInProviderEndpoints
{
    public static IEndpointRouteBuilder MapSignInProviderEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/auth/providers", (IOptions<AuthOptions> options) => TypedResults.Ok(For(options.Value)))
            .WithName("GetSignInProviders").WithTags("Authentication").AllowAnonymous()
            .WithSummary("How to sign in besides a built-in account: the configured OpenID Connect provider's authority, the web application's client id and scope, or null.");
        return routes;
    }

    /// <summary>The provider, when the web application has a client there; its authority is public knowledge, the client is public (no secret).</summary>
    public static SignInProvidersResponse For(AuthOptions options) =>
        new(options.Oidc is { BrowserOrigin: not null } oidc
            ? new OidcProviderResponse(oidc.Authority!, oidc.ClientId!, oidc.Scope, oidc.DisplayName)
            : null);
}
