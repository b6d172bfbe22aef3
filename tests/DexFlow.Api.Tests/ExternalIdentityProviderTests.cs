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
            ["DexFlow:Auth:Oidc:GroupRoles:print-managers"] = "Manager",
            ["DexFlow:Auth:Oidc:GroupRoles:print-office"] = "Clerk, Planner",
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
    public async Task A_provider_user_becomes_a_dexflow_user_with_the_roles_their_groups_map_to()
    {
        var subject = $"ext-{Guid.NewGuid():N}"[..16];
        var http = Client(_provider.IssueToken(Audience, subject, "Erin External", ["print-managers", "print-office", "SomethingElse"]));

        var me = await Json(await http.GetAsync("/api/me"), HttpStatusCode.OK);
        var order = await Json(await new DexFlowHttpClient(http).Post("/api/orders", OrderForms.Complete("External Identity AG")), HttpStatusCode.Created);
        var again = await Json(await Client(_provider.IssueToken(Audience, subject, "Erin External", ["print-office"])).GetAsync("/api/me"), HttpStatusCode.OK);
        var userId = me["userId"]!.GetValue<string>();
        var user = await (await LogIn(_api.Address, "admin")).GetJson($"/api/users/{userId}");

        Assert.StartsWith("sso-", userId);
        Assert.Equal("Erin External", me["displayName"]!.GetValue<string>());
        Assert.Equal(["Manager", "Planner", "Clerk"], me["roles"]!.AsArray().Select(role => role!.GetValue<string>()).OrderBy(role => role == "Manager" ? 0 : role == "Planner" ? 1 : 2));
        Assert.Equal(userId, order["managerId"]!.GetValue<string>());
        Assert.Equal(userId, again["userId"]!.GetValue<string>());
        Assert.Equal(["Planner", "Clerk"], again["roles"]!.AsArray().Select(role => role!.GetValue<string>()).OrderBy(role => role == "Planner" ? 0 : 1));
        Assert.Equal(("Erin External", true), (user["displayName"]!.GetValue<string>(), user["active"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Without_group_roles_a_provider_user_has_the_roles_an_administrator_grants_and_a_verified_address_finds_an_existing_user()
    {
        await using var api = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?>
        {
            ["DexFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["DexFlow:Auth:Oidc:Audience"] = Audience,
            ["DexFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["DexFlow:Auth:UserCheckInterval"] = "00:00:01",
        });
        var admin = await LogIn(api.Address, "admin");
        var newcomer = new DexFlowHttpClient(Client(_provider.IssueToken(Audience, $"ext-{Guid.NewGuid():N}"[..16], "Nia Newcomer", ["Administrator"]), api));

        // First sign-in: a new user without roles; the provider's role claim counts for nothing here.
        var me = await Json(await newcomer.Get("/api/me"), HttpStatusCode.OK);
        var refused = await newcomer.Post("/api/orders", OrderForms.Complete("SSO GmbH"));
        var id = me["userId"]!.GetValue<string>();
        var record = await admin.Get($"/api/users/{id}");
        await Json(await admin.Put($"/api/users/{id}", new { displayName = "Nia Newcomer", roles = new[] { "Manager" }, resources = Array.Empty<string>() },
            ("If-Match", record.Headers.ETag!.Tag)), HttpStatusCode.OK);
        var granted = await Eventually.Get(async () => (await newcomer.Post("/api/orders", OrderForms.Complete("SSO GmbH"))).StatusCode,
            status => status == HttpStatusCode.Created, "the granted role to reach the provider's user");
        await Json(await admin.Post($"/api/users/{id}/disable"), HttpStatusCode.OK);
        var disabled = await Eventually.Get(async () => (await newcomer.Get("/api/me")).StatusCode, status => status == HttpStatusCode.Unauthorized,
            "the disabled user to be refused");

        // A verified address of an existing user signs in as that user; an unverified one makes a user of its own.
        var email = $"vera-{Guid.NewGuid():N}"[..13] + "@example.com";
        var vera = await Json(await admin.Post("/api/users", new
        {
            userName = email, displayName = "Vera Local", email, roles = new[] { "Accountant" }, resources = Array.Empty<string>(), password = "violet harbour lantern 73",
        }), HttpStatusCode.Created);
        var verified = await Json(await Client(_provider.IssueToken(Audience, $"ext-{Guid.NewGuid():N}"[..16], "Vera", [], email: email, emailVerified: true), api).GetAsync("/api/me"), HttpStatusCode.OK);
        var unverified = await Json(await Client(_provider.IssueToken(Audience, $"ext-{Guid.NewGuid():N}"[..16], "Vera?", [], email: email), api).GetAsync("/api/me"), HttpStatusCode.OK);

        Assert.Empty(me["roles"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, granted);
        Assert.Equal(HttpStatusCode.Unauthorized, disabled);
        Assert.Equal((vera["userId"]!.GetValue<string>(), "Vera Local"), (verified["userId"]!.GetValue<string>(), verified["displayName"]!.GetValue<string>()));
        Assert.Equal(["Accountant"], verified["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
        Assert.NotEqual(vera["userId"]!.GetValue<string>(), unverified["userId"]!.GetValue<string>());
        Assert.Empty(unverified["roles"]!.AsArray());
    }

    [Fact]
    public async Task With_address_matching_off_a_verified_address_of_an_existing_user_makes_a_user_of_its_own()
    {
        await using var api = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?>
        {
            ["DexFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["DexFlow:Auth:Oidc:Audience"] = Audience,
            ["DexFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["DexFlow:Auth:Oidc:MatchVerifiedEmail"] = "false",
        });
        var admin = await LogIn(api.Address, "admin");
        var email = $"ada-{Guid.NewGuid():N}"[..12] + "@example.com";
        var existing = await Json(await admin.Post("/api/users", new
        {
            userName = email, displayName = "Ada Local", email, roles = new[] { "Administrator" }, resources = Array.Empty<string>(), password = "violet harbour lantern 73",
        }), HttpStatusCode.Created);

        var me = await Json(await Client(_provider.IssueToken(Audience, $"ext-{Guid.NewGuid():N}"[..16], "Ada?", [], email: email, emailVerified: true), api).GetAsync("/api/me"),
            HttpStatusCode.OK);

        Assert.NotEqual(existing["userId"]!.GetValue<string>(), me["userId"]!.GetValue<string>());
        Assert.Empty(me["roles"]!.AsArray());
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

    private HttpClient Client(string token, ApiHost? api = null) => new()
    {
        BaseAddress = (api ?? _api).Address,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
