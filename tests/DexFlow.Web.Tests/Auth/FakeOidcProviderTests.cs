using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using DexFlow.Web.Auth.Oidc;
using Microsoft.AspNetCore.WebUtilities;

namespace DexFlow.Web.Tests.Auth;

/// <summary>
/// The test provider is strict where a real one is: the browser tests only prove the app's PKCE if the provider
/// refuses a code presented with anything but the client, redirect URI and verifier it was issued for.
/// </summary>
public sealed class FakeOidcProviderTests : IAsyncLifetime
{
    private const string ClientId = "dexflow-web-unit";
    private static readonly Uri Callback = new("http://app.test/sign-in/callback");
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private FakeOidcProvider provider = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeOidcProvider.StartAsync();
        provider.AddClient(new FakeOidcClient(ClientId, Callback, "dexflow-api-unit"));
        provider.AddUser(new FakeOidcUser("ext-pia", "Pia Provider", "Planner"));
    }

    public async Task DisposeAsync() => await provider.DisposeAsync();

    [Fact]
    public async Task A_code_is_redeemed_with_its_client_redirect_uri_and_verifier_and_only_once()
    {
        var (code, verifier) = await Code();
        var fields = Redemption(code, verifier);

        var redeemed = await Token(fields);
        var again = await Token(fields);

        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.NotNull(JsonNode.Parse(await redeemed.Content.ReadAsStringAsync())!["access_token"]);
        Assert.Equal("*", redeemed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Theory]
    [InlineData("client_id")]
    [InlineData("redirect_uri")]
    [InlineData("code_verifier")]
    [InlineData("code")]
    public async Task A_code_presented_with_another_client_redirect_uri_or_verifier_is_refused(string altered)
    {
        var (code, verifier) = await Code();
        var fields = Redemption(code, verifier);
        fields[altered] = altered == "redirect_uri" ? "http://evil.test/sign-in/callback" : Pkce.NewSecret();

        var refused = await Token(fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_gets_a_page_of_its_own_never_a_redirect()
    {
        var response = await http.GetAsync(Authorize(Pkce.Challenge(Pkce.NewSecret())).AbsoluteUri
            .Replace(Uri.EscapeDataString(Callback.AbsoluteUri), Uri.EscapeDataString("http://evil.test/cb"), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private async Task<(string Code, string Verifier)> Code()
    {
        var verifier = Pkce.NewSecret();
        var answer = await provider.Answer(Authorize(Pkce.Challenge(verifier)), "ext-pia");
        return (QueryHelpers.ParseQuery(answer.Query)["code"].ToString(), verifier);
    }

    private Uri Authorize(string challenge) => new(QueryHelpers.AddQueryString(provider.Issuer + "/authorize", new Dictionary<string, string?>
    {
        ["response_type"] = "code",
        ["client_id"] = ClientId,
        ["redirect_uri"] = Callback.AbsoluteUri,
        ["state"] = "s",
        ["nonce"] = "n",
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = "S256",
    }));

    private static Dictionary<string, string> Redemption(string code, string verifier) => new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = Callback.AbsoluteUri,
        ["client_id"] = ClientId,
        ["code_verifier"] = verifier,
    };

    private Task<HttpResponseMessage> Token(Dictionary<string, string> fields) =>
        http.PostAsync(provider.Issuer + "/token", new FormUrlEncodedContent(fields));
}
