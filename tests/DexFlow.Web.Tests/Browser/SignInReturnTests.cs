using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInReturnTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public void A_page_opened_signed_out_is_where_the_sign_in_goes_on_to_and_another_site_never_is()
    {
        app.OpenSignIn();
        app.Open("orders?text=flyer");
        app.WaitFor("#user-name", "the sign-in form", _ => app.Driver.Url.Contains("returnUrl=%2Forders%3Ftext%3Dflyer", StringComparison.Ordinal));
        SignInHere("manager");
        app.WaitFor("[data-test=user-name]", "the manager to be signed in");
        app.WaitFor("h1", "the order list it was asked for", _ => new Uri(app.Driver.Url).PathAndQuery == "/orders?text=flyer");

        app.OpenSignIn();
        app.Open("sign-in?returnUrl=%2F%2Fevil.example%2F");
        SignInHere("manager");
        app.WaitFor("[data-test=user-name]", "the manager to be signed in");

        Assert.Equal(fixture.Api.Address.Authority, new Uri(app.Driver.Url).Authority);
        Assert.Equal("/", new Uri(app.Driver.Url).AbsolutePath);
        Assert.Empty(app.BrowserErrors());
    }

    private void SignInHere(string userName)
    {
        app.WaitFor("#user-name", "the sign-in form").SendKeys(userName);
        app.Driver.FindElement(By.CssSelector("#password")).SendKeys("dexflow-demo");
        app.Driver.FindElement(By.CssSelector("[data-test=sign-in]")).Click();
    }
}
