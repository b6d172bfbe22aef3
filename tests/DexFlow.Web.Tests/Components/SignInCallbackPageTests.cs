using System.Net;
using System.Text;
using System.Text.Json;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Auth.Oidc;
using DexFlow.Web.Pages.SignIn;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// The page the provider sends the browser back to: a good answer signs in with the provider's token and goes on where
/// the user was going; anything else goes back to the sign-in page, which names why.
/// </summary>
public sealed class SignInCallbackPageTests : SignInTestContext
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task An_approved_answer_signs_in_with_the_providers_token_and_goes_where_the_user_was_going()
    {
        var state = await Begin("/orders/2026-000001");
        Provider.On(HttpMethod.Post, "/token", _ => FakeApi.Json(new Dictionary<string, string>
        {
            ["access_token"] = "provider-access-token",
            ["token_type"] = "Bearer",
            ["id_token"] = IdToken(state.Nonce),
        }));
        Api.On(HttpMethod.Get, "/api/me", request => request.Header("Authorization") == "Bearer provider-access-token"
            ? FakeApi.Json(new Me("ext-mia", "Mia Provider", ["Manager"]))
            : FakeApi.Problem(HttpStatusCode.Unauthorized, "Unauthorized"));
        Nav.NavigateTo($"sign-in/callback?code=the-code&state={state.State}");

        var page = Render<SignInCallbackPage>();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/orders/2026-000001", Nav.Uri));
        Assert.Equal(("provider-access-token", "Mia Provider"), (Session.Token, Session.User?.DisplayName));
        Assert.Equal("provider-access-token", await Tokens.Get("dexflow.token"));
        var redeemed = QueryHelpers.ParseQuery(Provider.BodiesOf(HttpMethod.Post, "/token").Single());
        Assert.Equal(("authorization_code", "the-code", "web-client", "http://localhost/sign-in/callback", state.Verifier),
            (redeemed["grant_type"].ToString(), redeemed["code"].ToString(), redeemed["client_id"].ToString(), redeemed["redirect_uri"].ToString(),
                redeemed["code_verifier"].ToString()));
    }

    [Fact]
    public async Task An_answer_with_another_state_goes_back_to_the_sign_in_page_without_redeeming_its_code()
    {
        await Begin("/orders");
        Nav.NavigateTo("sign-in/callback?code=stolen-code&state=someone-elses");

        Render<SignInCallbackPage>();

        Assert.Equal("http://localhost/sign-in?failed=StateMismatch&returnUrl=%2Forders", Nav.Uri);
        Assert.Empty(Provider.BodiesOf(HttpMethod.Post, "/token"));
        Assert.False(Session.IsSignedIn);
    }

    [Fact]
    public async Task A_refusal_at_the_provider_goes_back_to_the_sign_in_page_as_denied()
    {
        var state = await Begin("");
        Nav.NavigateTo($"sign-in/callback?error=access_denied&state={state.State}");

        Render<SignInCallbackPage>();

        Assert.Equal("http://localhost/sign-in?failed=Denied", Nav.Uri);
    }

    [Fact]
    public async Task A_failing_token_endpoint_goes_back_as_token_refused()
    {
        var state = await Begin("");
        Provider.On(HttpMethod.Post, "/token", _ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        Nav.NavigateTo($"sign-in/callback?code=the-code&state={state.State}");

        var page = Render<SignInCallbackPage>();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/sign-in?failed=TokenRefused", Nav.Uri));
        Assert.False(Session.IsSignedIn);
    }

    [Fact]
    public async Task An_id_token_for_another_sign_in_is_not_trusted()
    {
        var state = await Begin("");
        Provider.On(HttpMethod.Post, "/token", _ => FakeApi.Json(new Dictionary<string, string>
        {
            ["access_token"] = "provider-access-token",
            ["id_token"] = IdToken("a-replayed-nonce"),
        }));
        Nav.NavigateTo($"sign-in/callback?code=the-code&state={state.State}");

        var page = Render<SignInCallbackPage>();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/sign-in?failed=InvalidAnswer", Nav.Uri));
        Assert.Empty(Api.Sent);
    }

    [Fact]
    public async Task A_token_DexFlow_does_not_accept_goes_back_as_not_accepted_and_nothing_is_kept()
    {
        var state = await Begin("/orders");
        Provider.On(HttpMethod.Post, "/token", _ => FakeApi.Json(new Dictionary<string, string>
        {
            ["access_token"] = "token-for-another-api",
            ["id_token"] = IdToken(state.Nonce),
        }));
        Api.Refuse(HttpMethod.Get, "/api/me", HttpStatusCode.Unauthorized, "Unauthorized");
        Nav.NavigateTo($"sign-in/callback?code=the-code&state={state.State}");

        var page = Render<SignInCallbackPage>();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/sign-in?failed=NotAccepted&returnUrl=%2Forders", Nav.Uri));
        Assert.False(Session.IsSignedIn);
        Assert.Null(await Tokens.Get("dexflow.token"));
    }

    /// <summary>Starts a sign-in as the sign-in page does and returns what it kept for the answer.</summary>
    private async Task<PendingSignIn> Begin(string returnUrl)
    {
        await Oidc.Begin(new OidcProvider(Authority, "web-client", "openid profile", "Example SSO"), new Uri("http://localhost/sign-in/callback"), returnUrl);
        return JsonSerializer.Deserialize<PendingSignIn>((await Tokens.Get(OidcSignIn.PendingKey))!)!;
    }

    private static string IdToken(string nonce)
    {
        var payload = JsonSerializer.Serialize(new { iss = Authority, aud = "web-client", nonce, sub = "ext-mia", exp = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds() });
        return $"{Pkce.Base64Url("{\"alg\":\"RS256\"}"u8)}.{Pkce.Base64Url(Encoding.UTF8.GetBytes(payload))}.c2ln";
    }
}
