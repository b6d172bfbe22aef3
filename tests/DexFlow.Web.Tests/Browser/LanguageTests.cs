using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public void A_user_who_chooses_german_gets_german_texts_and_dates_from_the_sign_in_page_on_and_keeps_them_after_a_reload()
    {
        try
        {
            app.OpenSignIn();
            app.WaitFor("h1", "the English sign-in page", heading => heading.Text == "Sign in to DexFlow");
            Choose("de");
            app.WaitFor("h1", "the German sign-in page", heading => heading.Text == "Bei DexFlow anmelden");
            Assert.Equal("de", app.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));

            app.SignIn("manager");
            app.WaitFor("[data-test=nav-inbox]", "the German navigation", link => link.Text.Contains("Eingang"));
            app.Driver.Navigate().Refresh();
            app.WaitFor("[data-test=nav-orders]", "German after a reload", link => link.Text.Contains("Aufträge"));
            app.AssertAccessible("the German inbox");

            Choose("en");
            app.WaitFor("[data-test=nav-orders]", "English again", link => link.Text.Contains("Orders"));
            Assert.Empty(app.BrowserErrors());
        }
        finally
        {
            // The browser is shared by the collection: the next test starts in English whatever happened here.
            ((IJavaScriptExecutor)app.Driver).ExecuteScript("localStorage.removeItem('dexflow.culture')");
        }
    }

    private void Choose(string culture)
    {
        app.WaitFor("[data-test=language] button", "the language menu").Click();
        app.WaitFor($"[data-test=language-{culture}]", $"the {culture} entry").Click();
    }
}
