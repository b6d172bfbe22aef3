namespace DexFlow.Web.Api;

/// <summary>What <c>GET /api/auth/providers</c> answers: besides DexFlow's own accounts, the OpenID Connect provider, if one is configured for the app.</summary>
public sealed record SignInProviders(OidcProvider? Oidc);

/// <summary>The provider's authority, the app's public client there, what to ask for, and how the sign-in page names it.</summary>
public sealed record OidcProvider(string Authority, string ClientId, string Scope, string DisplayName);
