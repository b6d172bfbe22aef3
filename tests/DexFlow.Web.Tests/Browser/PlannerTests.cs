using System.Globalization;
using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlannerTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_planners_pages_hold_no_price_anywhere_in_the_dom()
    {
        var (number, pricing) = await Orders.Approved(fixture.Api.Address, $"Priced customer {Guid.NewGuid():N}");
        var net = pricing["netTotal"]!.GetValue<decimal>();
        var gross = pricing["grossTotal"]!.GetValue<decimal>();

        app.SignIn("planner");
        var row = app.WaitFor($"[data-test=inbox-item][data-reference='{number}']", $"approved order {number} in the planner's inbox");
        app.Screenshot("planner");
        app.AssertAccessible("the planner's inbox");
        app.AssertNoPrice(net, gross);

        row.FindElement(By.CssSelector("a")).Click();
        app.WaitFor("[data-test=stage]", $"order {number}'s page", stage => stage.GetAttribute("data-stage") == "Approved");
        app.WaitFor("[data-test=specification]", "the specification");
        app.WaitFor("[data-test=history]", "the order's history");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=problem]")));
        app.AssertAccessible("the planner's order page");
        app.AssertNoPrice(net, gross);
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=pricing], [data-test=invoices]")));

        app.Open("orders");
        app.WaitFor("[data-test=order-row]", $"order {number} in the planner's list", element => element.Text == number);
        app.AssertAccessible("the planner's order list");
        app.AssertNoPrice(net, gross);
        Assert.Empty(app.BrowserErrors());
    }

}
