using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DexFlow.Api.Browsers;
using DexFlow.Testing;
using Microsoft.IdentityModel.Tokens;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Access tokens of an external OpenID Connect provider, accepted by configuration beside DexFlow's own.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExternalIdentityProviderTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string Audience = "dexflow-api-test";
    private const string ClientId = "dexflow-web-test";
    private FakeOidcProvider _provider = null!;
    private ApiHost _api = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _api = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?>
        {
            ["DexFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["DexFlow:Auth:Oidc:Audience"] = Audience,
            ["DexFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["DexFlow:Auth:Oidc:RoleClaim"] = "roles",
            ["DexFlow:Auth:Oidc:ClientId"] = ClientId,
            ["DexFlow:Auth:Oidc:DisplayName"] = "Example SSO",
        });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task A_token_from_the_configured_provider_identifies_the_user_and_their_roles()
    {
        var http = Client(_provider.IssueToken(Audience, "ext-erin", "Erin External", ["Manager", "SomethingElse"]));

        var me = await Json(await http.GetAsync("/api/me"), HttpStatusCode.OK);
        var order = await Json(await new DexFlowHttpClient(http).Post("/api/orders", OrderForms.Complete("External Identity AG")), HttpStatusCode.Created);

        Assert.Equal(("ext-erin", "Erin External"), (me["userId"]!.GetValue<string>(), me["displayName"]!.GetValue<string>()));
        Assert.Equal(["Manager"], me["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
        Assert.Equal("ext-erin", order["managerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tokens_for_another_audience_or_signed_with_another_key_are_refused()
    {
        var forgedKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };

        var wrongAudience = await Client(_provider.IssueToken("someone-else", "ext-erin", "Erin", ["Administrator"])).GetAsync("/api/me");
        var forged = await Client(_provider.IssueToken(Audience, "ext-erin", "Erin", ["Administrator"], forgedKey)).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", wrongAudience.Headers.WwwAuthenticate.ToString());
        Assert.Equal("Bearer error=\"invalid_token\"", forged.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task DexFlows_own_tokens_keep_working_beside_the_provider()
    {
        var manager = await LogIn(_api.Address, "manager");

        Assert.Equal(HttpStatusCode.OK, (await manager.Get("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_web_app_is_told_how_to_sign_in_with_the_provider_and_its_pages_may_call_the_provider()
    {
        var anonymous = new HttpClient { BaseAddress = _api.Address };

        var providers = await Json(await anonymous.GetAsync("/api/auth/providers"), HttpStatusCode.OK);
        var page = await anonymous.GetAsync("/sign-in");

        var oidc = providers["oidc"]!;
        Assert.Equal((_provider.Issuer, ClientId, "openid profile", "Example SSO"),
            (oidc["authority"]!.GetValue<string>(), oidc["clientId"]!.GetValue<string>(), oidc["scope"]!.GetValue<string>(), oidc["displayName"]!.GetValue<string>()));
        Assert.Contains($"connect-src 'self' {_provider.Issuer};", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Without_a_client_for_the_web_app_the_app_offers_only_its_own_accounts_and_its_pages_call_only_dexflow()
    {
        // The API accepts the provider's tokens (for other clients), but the web application has no client there.
        await using var tokensOnly = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?>
        {
            ["DexFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["DexFlow:Auth:Oidc:Audience"] = Audience,
            ["DexFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
        });

        foreach (var api in new[] { fixture.Api.Address, tokensOnly.Address })
        {
            var anonymous = new HttpClient { BaseAddress = api };
            var providers = await anonymous.GetAsync("/api/auth/providers");
            var page = await anonymous.GetAsync("/sign-in");

            Assert.Equal(HttpStatusCode.OK, providers.StatusCode);
            Assert.Equal("""{"oidc":null}""", await providers.Content.ReadAsStringAsync());
            Assert.Equal(SecurityHeaders.PagePolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    private HttpClient Client(string token) => new()
    {
        BaseAddress = _api.Address,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
