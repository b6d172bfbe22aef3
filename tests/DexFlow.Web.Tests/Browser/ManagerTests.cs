using OpenQA.Selenium;
using Xunit.Abstractions;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ManagerTests(BrowserFixture fixture)
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
}
