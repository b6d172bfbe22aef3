namespace DexFlow.Web.Api;

/// <summary>How the sign-in page may sign in besides a user name and password; asked without a token.</summary>
public sealed partial class DexFlowClient
{
    public Task<SignInProviders> SignInProviders(CancellationToken cancellationToken = default) =>
        Get<SignInProviders>("api/auth/providers", cancellationToken);
}
