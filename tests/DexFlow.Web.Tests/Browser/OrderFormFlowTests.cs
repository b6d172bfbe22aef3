using System.Globalization;
using System.Net;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>A manager fills the order form in the browser: from an earlier order, priced live, then submitted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderFormFlowTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_manager_starts_an_order_from_a_template_changes_the_quantity_sees_the_estimate_follow_and_submits_it()
    {
        var customer = $"Template customer {Guid.NewGuid():N}";
        var template = await Orders.Draft(fixture.Api.Address, customer);
        var expectedNet = await NetAt(7500);

        app.SignIn("manager");
        app.Open($"orders/{template}");
        app.WaitFor("[data-test=use-as-template]", "the use-as-template action").Click();
        app.WaitFor("#customer-name", "the form prefilled from the template", input => input.GetAttribute("value") == customer);
        var before = app.WaitFor("[data-test=estimate-net]", "the template's estimate").Text;

        var quantity = app.Driver.FindElement(By.Id("spec-quantity"));
        quantity.SendKeys(Keys.Control + "a");
        quantity.SendKeys("7500");
        var net = app.WaitFor("[data-test=estimate-net]", "the estimate for 7,500 copies", element => element.Text != before);
        Assert.Equal($"{expectedNet.ToString("N2", CultureInfo.InvariantCulture)} EUR", net.Text);
        app.Screenshot("manager-form");
        app.AssertAccessible("the order form");

        app.Driver.FindElement(By.CssSelector("[data-test=save]")).Click();
        app.WaitFor("[data-test=stage]", "the new draft's page", stage => stage.GetAttribute("data-stage") == "Draft");
        var number = app.Driver.Url.Split('/').Last();
        Assert.NotEqual(template, number);
        app.WaitFor("[data-test=action-Submit]", "the submit action").Click();
        app.WaitFor("[data-test=stage]", "the order to leave the draft stage", stage => stage.GetAttribute("data-stage") != "Draft");

        app.Open("orders");
        app.WaitFor("[data-test=order-row]", $"order {number} in the list", row => row.Text == number);
        Assert.Empty(app.BrowserErrors());

        var manager = await LogIn(fixture.Api.Address, "manager");
        var order = await manager.GetJson($"/api/orders/{number}");
        Assert.Equal(7500, order["specification"]!["quantity"]!.GetValue<int>());
        Assert.Equal(customer, order["customer"]!["name"]!.GetValue<string>());
    }

    /// <summary>What the API itself prices the template's form at another quantity (the figure the page must show).</summary>
    private async Task<decimal> NetAt(int quantity)
    {
        var manager = await LogIn(fixture.Api.Address, "manager");
        var specification = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Orders.Form("any"),
            System.Text.Json.JsonSerializerOptions.Web))!["specification"]!.AsObject();
        specification["quantity"] = quantity;
        var estimate = await Json(await manager.Post("/api/pricing/estimate", new { specification }), HttpStatusCode.OK);
        return estimate["net"]!.GetValue<decimal>();
    }
}
