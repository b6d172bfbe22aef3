using System.Net;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>Reviewers decide on the order page; a rejection carries reasons the manager then reads there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task Qa_rejects_with_reasons_on_the_order_page_and_the_order_goes_back_to_its_manager_with_them()
    {
        var number = await Orders.InReview(fixture.Api.Address, $"Reviewed customer {Guid.NewGuid():N}");

        app.SignIn("qa");
        app.Open($"orders/{number}");
        app.WaitFor("[data-test=stage]", $"order {number} in review", stage => stage.GetAttribute("data-stage") == "InReview");
        var reject = app.WaitFor("[data-test=action-RejectQa]", "QA's rejection");
        Assert.False(reject.Enabled);
        app.Screenshot("qa");
        app.AssertAccessible("QA's review of the order");
        app.Driver.FindElement(By.Id("reasons-RejectQa")).SendKeys("Bleed missing on the back\nPaper stock not confirmed");
        app.WaitFor("[data-test=action-RejectQa]", "the rejection to be possible with reasons", button => button.Enabled).Click();
        app.WaitFor("[data-test=stage]", "the order to go back for adjustments", stage => stage.GetAttribute("data-stage") == "AdjustmentsRequired");
        Assert.Empty(app.BrowserErrors());

        var manager = await LogIn(fixture.Api.Address, "manager");
        var order = await Json(await manager.Get($"/api/orders/{number}"), HttpStatusCode.OK);
        var reasons = order["review"]!["qa"]!["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>());
        Assert.Equal(["Bleed missing on the back", "Paper stock not confirmed"], reasons);
    }
}
