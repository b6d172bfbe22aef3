using System.Text.Json;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using DexFlow.Web.Api;
using DexFlow.Web.Auth.Oidc;
using DexFlow.Web.Tests.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace DexFlow.Web.Tests.Auth;

/// <summary>The app's PKCE client against the fake provider over real HTTP: what it sends, and which answers it accepts.</summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private const string ClientId = "dexflow-web-unit";
    private static readonly Uri Callback = new("http://app.test/sign-in/callback");
    private readonly MemoryTokens store = new();
    private FakeOidcProvider provider = null!;
    private OidcSignIn oidc = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeOidcProvider.StartAsync();
        provider.AddClient(new FakeOidcClient(ClientId, Callback, "dexflow-api-unit"));
        provider.AddUser(new FakeOidcUser("ext-pia", "Pia Provider", "Planner"));
        oidc = new OidcSignIn(new HttpClient(), store, TimeProvider.System);
    }

    public async Task DisposeAsync() => await provider.DisposeAsync();

    private OidcProvider Provider => new(provider.Issuer, ClientId, "openid profile", "Fake SSO");

    [Fact]
    public async Task The_authorization_request_carries_the_S256_challenge_of_the_kept_verifier_and_the_kept_state_and_nonce()
    {
        var first = await oidc.Begin(Provider, Callback, "orders");
        var kept = await Pending();
        var again = QueryHelpers.ParseQuery((await oidc.Begin(Provider, Callback, "orders")).Query);

        var asked = QueryHelpers.ParseQuery(first.Query);
        Assert.Equal(provider.Issuer + "/authorize", first.GetLeftPart(UriPartial.Path));
        Assert.Equal(("code", ClientId, Callback.AbsoluteUri, "openid profile", "S256"),
            (asked["response_type"].ToString(), asked["client_id"].ToString(), asked["redirect_uri"].ToString(), asked["scope"].ToString(),
                asked["code_challenge_method"].ToString()));
        Assert.Equal(Pkce.Challenge(kept.Verifier), asked["code_challenge"].ToString());
        Assert.Equal((kept.State, kept.Nonce), (asked["state"].ToString(), asked["nonce"].ToString()));
        Assert.Equal(43, kept.Verifier.Length);
        Assert.DoesNotContain(kept.Verifier, first.AbsoluteUri);
        // Every sign-in has secrets of its own.
        Assert.NotEqual(asked["state"], again["state"]);
        Assert.NotEqual(asked["code_challenge"], again["code_challenge"]);
        Assert.NotEqual(asked["nonce"], again["nonce"]);
    }

    [Fact]
    public async Task An_approved_sign_in_yields_the_providers_access_token_for_the_chosen_person_and_its_answer_is_redeemed_only_once()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "orders/2026-000001"), "ext-pia");

        var result = await oidc.Complete(answer);
        var replayed = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Complete(answer));

        var claims = Payload(result.AccessToken);
        Assert.Equal(("ext-pia", "Planner", "dexflow-api-unit"), (claims["sub"]!.GetValue<string>(), claims["roles"]!.GetValue<string>(), claims["aud"]!.GetValue<string>()));
        Assert.Equal("orders/2026-000001", result.ReturnUrl);
        Assert.Equal(OidcFailure.StateMismatch, replayed.Failure);
        Assert.Equal(1, provider.TokenRequests);
    }

    [Fact]
    public async Task An_answer_whose_state_is_not_the_one_sent_is_refused_without_redeeming_its_code()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "orders"), "ext-pia");
        var forged = new Uri(answer.AbsoluteUri.Replace("state=", "state=x", StringComparison.Ordinal));

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Complete(forged));

        Assert.Equal((OidcFailure.StateMismatch, "orders"), (refused.Failure, refused.ReturnUrl));
        Assert.Equal(0, provider.TokenRequests);
        Assert.Null(await store.Get(OidcSignIn.PendingKey));
    }

    [Fact]
    public async Task An_answer_when_no_sign_in_was_started_in_this_tab_is_refused()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "orders"), "ext-pia");
        var otherTab = new OidcSignIn(new HttpClient(), new MemoryTokens(), TimeProvider.System);

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => otherTab.Complete(answer));

        Assert.Equal((OidcFailure.StateMismatch, null), (refused.Failure, refused.ReturnUrl));
        Assert.Equal(0, provider.TokenRequests);
    }

    [Fact]
    public async Task A_refusal_at_the_provider_is_reported_as_denied_and_keeps_where_the_user_was_going()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "planning"), userId: null);

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Complete(answer));

        Assert.Contains("error=access_denied", answer.Query);
        Assert.Equal((OidcFailure.Denied, "planning"), (refused.Failure, refused.ReturnUrl));
    }

    [Fact]
    public async Task The_provider_redeems_the_code_only_with_the_verifier_its_challenge_was_made_from()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "orders"), "ext-pia");
        var kept = await Pending();
        await store.Set(OidcSignIn.PendingKey, JsonSerializer.Serialize(kept with { Verifier = Pkce.NewSecret() }));

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Complete(answer));

        Assert.Equal(OidcFailure.TokenRefused, refused.Failure);
        Assert.Equal(1, provider.TokenRequests);
    }

    [Fact]
    public async Task An_answer_naming_another_issuer_is_not_trusted()
    {
        var answer = await provider.Answer(await oidc.Begin(Provider, Callback, "orders"), "ext-pia");
        var mixedUp = new Uri(answer.AbsoluteUri[..answer.AbsoluteUri.IndexOf("&iss=", StringComparison.Ordinal)] + "&iss=https%3A%2F%2Fevil.test");

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Complete(mixedUp));

        Assert.Equal(OidcFailure.InvalidAnswer, refused.Failure);
        Assert.Equal(0, provider.TokenRequests);
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_is_reported_as_unreachable_and_nothing_is_kept()
    {
        var closed = Provider with { Authority = "http://127.0.0.1:1" };

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Begin(closed, Callback, "orders"));

        Assert.Equal((OidcFailure.Unreachable, "orders"), (refused.Failure, refused.ReturnUrl));
        Assert.Null(await store.Get(OidcSignIn.PendingKey));
    }

    [Fact]
    public async Task A_provider_that_never_answers_is_reported_as_unreachable_once_the_client_gives_up()
    {
        var silent = new OidcSignIn(new HttpClient(new NeverAnswers()) { Timeout = TimeSpan.FromMilliseconds(200) }, store, TimeProvider.System);

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => silent.Begin(Provider, Callback, "orders"));

        Assert.Equal(OidcFailure.Unreachable, refused.Failure);
    }

    [Fact]
    public async Task A_discovery_document_that_names_another_issuer_than_the_authority_is_not_trusted()
    {
        // The same server under another name: its document names 127.0.0.1, not localhost.
        var elsewhere = Provider with { Authority = provider.Issuer.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) };

        var refused = await Assert.ThrowsAsync<OidcSignInException>(() => oidc.Begin(elsewhere, Callback, "orders"));

        Assert.Equal(OidcFailure.InvalidAnswer, refused.Failure);
    }

    [Fact]
    public async Task A_trailing_slash_on_the_authority_is_the_same_provider()
    {
        var slashed = Provider with { Authority = provider.Issuer + "/" };

        var answer = await provider.Answer(await oidc.Begin(slashed, Callback, ""), "ext-pia");

        Assert.Equal("ext-pia", Payload((await oidc.Complete(answer)).AccessToken)["sub"]!.GetValue<string>());
    }

    [Fact]
    public void The_S256_challenge_is_the_one_of_RFC_7636_appendix_B()
    {
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    private sealed class NeverAnswers : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable: the delay never ends by itself.");
        }
    }

    private async Task<PendingSignIn> Pending() =>
        JsonSerializer.Deserialize<PendingSignIn>(await store.Get(OidcSignIn.PendingKey) ?? throw new InvalidOperationException("No sign-in is pending."))!;

    private static JsonObject Payload(string jwt) => JsonNode.Parse(Pkce.FromBase64Url(jwt.Split('.')[1]))!.AsObject();
}
