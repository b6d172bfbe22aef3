using OpenQA.Selenium;
using Xunit.Abstractions;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ManagerTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_manager_signs_in_finds_their_draft_in_the_inbox_opens_it_and_submits_it_from_the_order_page()
    {
        var number = await Orders.Draft(fixture.Api.Address, $"Browser customer {Guid.NewGuid():N}");

        app.SignIn("manager");
        var row = app.WaitFor($"[data-test=inbox-item][data-reference='{number}']", $"draft {number} in the manager's inbox");
        app.Screenshot("manager");
        app.AssertAccessible("the manager's inbox");

        row.FindElement(By.CssSelector("a")).Click();
        app.WaitFor("[data-test=stage]", $"order {number} to show its stage", stage => stage.GetAttribute("data-stage") == "Draft");
        var submit = app.WaitFor("[data-test=action-Submit]", "the submit action");
        Assert.Equal("button", submit.TagName);
        app.WaitFor("[data-test=history-entry]", "the order's history");
        app.AssertAccessible("the order page");

        submit.Click();
        var stage = app.WaitFor("[data-test=stage]", "the order to leave the draft stage", element => element.Text != "Draft");
        Assert.Contains(stage.GetAttribute("data-stage"), new[] { "Submitted", "Processing", "InReview" });
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public async Task The_order_list_filters_by_stage_and_links_to_each_order()
    {
        var number = await Orders.Draft(fixture.Api.Address, $"Listed customer {Guid.NewGuid():N}");

        app.SignIn("manager");
        app.Open("orders");
        app.WaitFor("[data-test=order-row]", $"order {number} in the list", row => row.Text == number);
        app.AssertAccessible("the order list");

        app.WaitFor("#customer-filter", "the customer filter").SendKeys("Listed customer");
        app.Driver.FindElement(By.CssSelector("[data-test=search]")).Click();
        var rows = app.WaitFor("[data-test=order-row]", "only the listed customer's orders", row => row.Text == number);
        Assert.All(app.Driver.FindElements(By.CssSelector("[data-test=order-row]")),
            row => Assert.StartsWith(DateTime.UtcNow.Year.ToString(), row.Text));
        rows.FindElement(By.CssSelector("a")).Click();
        app.WaitFor("[data-test=stage]", $"order {number}'s page", stage => stage.GetAttribute("data-stage") == "Draft");
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public void The_first_load_with_a_cold_cache_is_measured()
    {
        var load = fixture.FirstLoad!;
        // The test host serves the build output: untrimmed assemblies, and the SDK stores build-time gzip files without
        // compressing them. docs/ui.md has the figures of a published app (trimmed, Brotli), measured with
        // DEXFLOW_WEB_MEASURE_URL; here the bound only catches a load that hangs or a runaway download.
        output.WriteLine($"First load (cold cache, loopback): {load.Milliseconds:F0} ms until the sign-in form, "
                         + $"{load.TransferBytes / 1024.0:F0} KiB transferred in {load.Requests} requests; largest: {load.Largest}.");

        Assert.InRange(load.Milliseconds, 1, 45_000);
        Assert.InRange(load.TransferBytes, 1, 64 * 1024 * 1024);
    }
}
