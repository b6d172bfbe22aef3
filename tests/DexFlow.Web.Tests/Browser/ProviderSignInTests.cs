using DexFlow.Testing;
using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// Sign-in through the configured OpenID Connect provider (the fixture's fake one) in the browser: the app's own
/// PKCE client, the provider's pages, the callback, and DexFlow's API accepting the provider's token.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProviderSignInTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    private IJavaScriptExecutor Js => (IJavaScriptExecutor)app.Driver;

    [Fact]
    public void A_person_signs_in_through_the_provider_and_lands_on_their_inbox_as_the_role_the_provider_gives_them()
    {
        // No DexFlow account yet: the first sign-in makes one, and the provider's groups give its roles (BrowserFixture maps them).
        var person = new FakeOidcUser($"ext-{Guid.NewGuid():N}"[..12], "Pia Provider", "Planner");
        fixture.Provider.AddUser(person);

        app.OpenSignIn();
        var button = app.WaitFor("[data-test=sign-in-provider]", "the provider's button",
            element => string.Equals(element.Text, $"Sign in with {BrowserFixture.ProviderName}", StringComparison.OrdinalIgnoreCase));
        app.AssertAccessible("the sign-in page with the provider's button");
        app.Screenshot("sign-in-provider");
        button.Click();

        app.WaitFor($"[data-test=provider-user-{person.Id}]", "the provider's sign-in page").Click();
        app.WaitFor("[data-test=user-name]", "the provider's person to be signed in", element => element.Text == "Pia Provider (Planner)");
        app.WaitFor("[data-test=inbox], [data-test=inbox-empty]", "the planner's inbox");
        Assert.Equal(fixture.Api.Address.AbsoluteUri, app.Driver.Url);
        Assert.NotEmpty(app.Driver.FindElements(By.CssSelector("[data-test=nav-planning]")));
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test='nav-orders/new']")));

        // The same session as a password sign-in: kept over a reload, forgotten on sign-out.
        app.Driver.Navigate().Refresh();
        app.WaitFor("[data-test=user-name]", "the session after a reload", element => element.Text == "Pia Provider (Planner)");
        app.WaitFor("[data-test=sign-out]", "the sign-out button").Click();
        app.WaitFor("#user-name", "the sign-in page after signing out");
        Assert.Null(Js.ExecuteScript("return sessionStorage.getItem('dexflow.token')"));
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public void When_the_provider_refuses_the_sign_in_page_says_so()
    {
        app.Open("sign-in");
        Js.ExecuteScript("sessionStorage.clear()");
        // Sent to the sign-in page with the way back to the order list, which a refusal keeps for the next attempt.
        app.Open("orders");
        app.WaitFor("[data-test=sign-in-provider]", "the provider's button").Click();

        app.WaitFor("[data-test=provider-deny]", "the provider's sign-in page").Click();

        app.WaitFor("[data-test=problem-title]", "the refusal on the sign-in page", title => title.Text == "The sign-in provider refused the sign-in.");
        Assert.Equal(new Uri(fixture.Api.Address, "sign-in?failed=Denied&returnUrl=%2Forders").AbsoluteUri, app.Driver.Url);
        Assert.Null(Js.ExecuteScript("return sessionStorage.getItem('dexflow.token')"));
        app.AssertAccessible("the sign-in page naming the provider's refusal");
        app.Screenshot("sign-in-provider-refused");
        Assert.Empty(app.BrowserErrors());
    }
}
