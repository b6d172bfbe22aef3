namespace DexFlow.Web.Auth.Oidc;

/// <summary>Why a sign-in with the provider did not happen; the sign-in page names each in the user's language.</summary>
public enum OidcFailure
{
    /// <summary>The provider (discovery or token endpoint) could not be reached.</summary>
    Unreachable,

    /// <summary>The provider answered <c>error=access_denied</c>: the user cancelled or may not use DexFlow.</summary>
    Denied,

    /// <summary>The provider answered another error (<c>invalid_scope</c>, <c>server_error</c>, …).</summary>
    ProviderError,

    /// <summary>The answer's state is not the one of a sign-in started in this tab (or none was started).</summary>
    StateMismatch,

    /// <summary>The token endpoint refused the code (or failed).</summary>
    TokenRefused,

    /// <summary>The provider's documents or tokens are not what was asked for: another issuer, audience or nonce, or unreadable.</summary>
    InvalidAnswer,

    /// <summary>DexFlow does not accept the provider's access token.</summary>
    NotAccepted,

    /// <summary>DexFlow could not be reached to check the token.</summary>
    DexFlowUnreachable,
}

/// <summary>A sign-in with the provider that failed, and where the user was going (to keep it for the next attempt).</summary>
public sealed class OidcSignInException(OidcFailure failure, string? returnUrl = null) : Exception($"Sign-in with the provider failed: {failure}.")
{
    public OidcFailure Failure { get; } = failure;

    public string? ReturnUrl { get; } = returnUrl;
}
