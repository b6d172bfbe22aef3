namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InboxLiveTests(BrowserFixture fixture)
{
    // Far less than the minute after which a page without the stream asks again, and loose enough for a busy machine
    // running the other test projects beside the browser.
    private static readonly TimeSpan LiveWithin = TimeSpan.FromSeconds(20);

    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task Work_that_arrives_while_the_inbox_is_open_shows_up_without_a_reload()
    {
        app.SignIn("manager");
        app.WaitFor("[data-test=inbox-item], [data-test=inbox-empty]", "the manager's inbox");
        var page = app.Driver.FindElement(OpenQA.Selenium.By.TagName("main"));

        var number = await Orders.Draft(fixture.Api.Address, $"Arrives live {Guid.NewGuid():N}");

        // The inbox follows the event stream (it asks again by itself only every minute when the stream fails): the same
        // page, never reloaded, shows the new draft well before a minute.
        app.WaitFor($"[data-test=inbox-item][data-reference='{number}']", $"draft {number} to appear in the open inbox",
            patience: LiveWithin);
        // Once more, now that the page is surely running where it stays (the browser's runtime, in the Auto mode).
        var next = await Orders.Draft(fixture.Api.Address, $"Arrives live too {Guid.NewGuid():N}");
        app.WaitFor($"[data-test=inbox-item][data-reference='{next}']", $"draft {next} to appear in the open inbox",
            patience: LiveWithin);
        Assert.True(page.Displayed, "the page was reloaded");
        Assert.Equal(fixture.LaterVisitsRenderer, app.Renderer());
        Assert.Empty(app.BrowserErrors());
    }
}
