namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InboxLiveTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task Work_that_arrives_while_the_inbox_is_open_shows_up_without_a_reload()
    {
        app.SignIn("manager");
        app.WaitFor("[data-test=inbox-item], [data-test=inbox-empty]", "the manager's inbox");
        var page = app.Driver.FindElement(OpenQA.Selenium.By.TagName("main"));

        var number = await Orders.Draft(fixture.Api.Address, $"Arrives live {Guid.NewGuid():N}");

        // The inbox polls (with its ETag) every 10 s; the same page, never reloaded, shows the new draft.
        app.WaitFor($"[data-test=inbox-item][data-reference='{number}']", $"draft {number} to appear in the open inbox");
        Assert.True(page.Displayed, "the page was reloaded");
        Assert.Empty(app.BrowserErrors());
    }
}
