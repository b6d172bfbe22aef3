using System.Net;
using Bunit;
using Bunit.TestDoubles;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Auth.Oidc;
using DexFlow.Web.Pages.SignIn;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using DexFlow.Web.Resources;

namespace DexFlow.Web.Tests.Components;

/// <summary>The sign-in page: the provider's button when the API names one, where it sends the browser, and the problems it names.</summary>
public sealed class SignInPageTests : SignInTestContext
{
    [Fact]
    public void Without_a_provider_only_the_password_form_is_offered()
    {
        Api.OnJson(HttpMethod.Get, "/api/auth/providers", """{"oidc":null}""");

        var page = Render<SignInPage>();

        page.WaitForAssertion(() => Assert.Contains(Api.Sent, request => request.Path == "/api/auth/providers"));
        Assert.Empty(page.FindAll("[data-test=sign-in-provider]"));
        Assert.NotNull(page.Find("#user-name"));
    }

    [Fact]
    public async Task A_configured_provider_gets_a_button_that_sends_the_browser_to_its_authorize_endpoint_with_a_S256_challenge()
    {
        OfferProvider();
        Services.GetRequiredService<NavigationManager>().NavigateTo("sign-in?returnUrl=%2Forders%2F2026-000001");

        var page = Render<SignInPage>();
        var button = page.WaitForElement("[data-test=sign-in-provider]");
        Assert.Equal("Sign in with Example SSO", button.TextContent.Trim());
        button.Click();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        page.WaitForAssertion(() => Assert.StartsWith($"{Authority}/authorize?", navigation.History.First().Uri));
        var asked = QueryHelpers.ParseQuery(new Uri(navigation.History.First().Uri).Query);
        Assert.True(navigation.History.First().Options.ForceLoad);
        Assert.Equal(("web-client", "http://localhost/sign-in/callback", "S256", "openid profile"),
            (asked["client_id"].ToString(), asked["redirect_uri"].ToString(), asked["code_challenge_method"].ToString(), asked["scope"].ToString()));
        Assert.Contains("/orders/2026-000001", await Tokens.Get(OidcSignIn.PendingKey));
    }

    [Fact]
    public void A_provider_that_cannot_be_reached_is_named_on_the_page_and_the_button_can_be_tried_again()
    {
        OfferProvider();
        Provider.On(HttpMethod.Get, "/.well-known/openid-configuration", _ => throw new HttpRequestException("connection refused"));

        var page = Render<SignInPage>();
        page.WaitForElement("[data-test=sign-in-provider]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "The sign-in provider cannot be reached. Try again later, or sign in with your DexFlow account.", page.Find("[data-test=problem-title]").TextContent));
        Assert.False(page.Find("[data-test=sign-in-provider]").HasAttribute("disabled"));
        Assert.Empty(Services.GetRequiredService<BunitNavigationManager>().History);
    }

    [Theory]
    [InlineData("Denied", "The sign-in provider refused the sign-in.")]
    [InlineData("StateMismatch", "This answer of the sign-in provider does not belong to a sign-in started here. Please start again.")]
    [InlineData("TokenRefused", "The sign-in provider did not complete the sign-in. Please start again.")]
    public void The_reason_a_sign_in_with_the_provider_failed_is_shown_as_a_problem(string failed, string shown)
    {
        OfferProvider();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"sign-in?failed={failed}");

        var page = Render<SignInPage>();

        page.WaitForAssertion(() => Assert.Equal(shown, page.Find("[data-test=problem-title]").TextContent));
        Assert.Equal("alert", page.Find("[data-test=problem]").GetAttribute("role"));
        page.WaitForElement("[data-test=sign-in-provider]");
    }

    [Theory]
    [InlineData("Call+0800-SCAM")]
    [InlineData("1")]
    public void A_failure_name_the_app_does_not_know_shows_nothing(string failed)
    {
        OfferProvider();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"sign-in?failed={failed}");

        var page = Render<SignInPage>();

        page.WaitForElement("[data-test=sign-in-provider]");
        Assert.Empty(page.FindAll("[data-test=problem]"));
    }

    [Fact]
    public void Every_failure_has_a_text_in_every_language()
    {
        var english = Services.GetRequiredService<IStringLocalizer<Strings>>();

        Assert.All(Enum.GetValues<OidcFailure>(), failure => Assert.False(english[$"SignInFailure{failure}"].ResourceNotFound, $"No text for {failure}"));
    }

    private void OfferProvider() =>
        Api.On(HttpMethod.Get, "/api/auth/providers", new SignInProviders(new OidcProvider(Authority, "web-client", "openid profile", "Example SSO")));
}
