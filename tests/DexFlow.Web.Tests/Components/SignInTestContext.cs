using DexFlow.Web.Auth;
using DexFlow.Web.Auth.Oidc;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// The sign-in pages' world: DexFlow's API, an OpenID Connect provider at <see cref="Authority"/> that publishes its
/// discovery document, and the tab's session storage, each a fake the test sets up further.
/// </summary>
public abstract class SignInTestContext : ComponentTestContext
{
    protected const string Authority = "https://sso.test";

    protected SignInTestContext()
    {
        Session = new AuthSession(Tokens, TimeProvider.System);
        Oidc = new OidcSignIn(new HttpClient(Provider), Tokens, TimeProvider.System);
        Services.AddSingleton(Session);
        Services.AddSingleton(Api.Client);
        Services.AddSingleton(Oidc);
        Provider.OnJson(HttpMethod.Get, "/.well-known/openid-configuration",
            $$"""{"issuer":"{{Authority}}","authorization_endpoint":"{{Authority}}/authorize","token_endpoint":"{{Authority}}/token"}""");
    }

    protected FakeApi Api { get; } = new();

    protected FakeApi Provider { get; } = new();

    protected MemoryTokens Tokens { get; } = new();

    protected AuthSession Session { get; }

    protected OidcSignIn Oidc { get; }
}
