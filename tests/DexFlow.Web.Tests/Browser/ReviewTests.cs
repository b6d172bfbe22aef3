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

    [Fact]
    public async Task Qa_answers_the_checklist_on_the_order_page_and_approves_only_once_the_mandatory_item_passed()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var before = await admin.GetJson("/api/qa/checklist");
        await Json(await admin.Put("/api/qa/checklist", new
        {
            checklist = new { items = new[] { new { id = "bleed", text = "Bleed of at least 3 mm", mandatory = true, productTypes = Array.Empty<string>() } } },
            comment = "bleed is a must",
        }), HttpStatusCode.OK);
        await Task.Delay(Grains.Quality.QaChecklists.RefreshInterval); // every silo checks reviews against it from then on
        try
        {
            var number = await Orders.InReview(fixture.Api.Address, $"Checked customer {Guid.NewGuid():N}");

            app.SignIn("qa");
            app.Open($"orders/{number}");
            app.WaitFor("[data-test=checklist-item][data-item=bleed] [data-test=mandatory]", "the mandatory checklist item");
            app.AssertAccessible("QA's checklist on the order page");
            app.WaitFor("[data-test=action-ApproveQa]", "QA's approval").Click();
            app.WaitFor("[data-test=problem]", "the refusal naming the open item", alert => alert.Text.Contains("bleed", StringComparison.OrdinalIgnoreCase));
            app.Tick("[data-test=checklist-item][data-item=bleed] [data-test=passed]", "the passed choice");
            app.Driver.FindElement(By.Id("checklist-bleed-note")).SendKeys("4 mm all round");
            app.WaitFor("[data-test=action-ApproveQa]", "QA's approval").Click();
            app.WaitUntilGone("[data-test=qa-checklist]", "the checklist to close with the approval");
            Assert.Empty(app.BrowserErrors());

            var order = await Json(await admin.Get($"/api/orders/{number}"), HttpStatusCode.OK);
            var qa = order["review"]!["qa"]!;
            Assert.Equal("Approved", qa["outcome"]!.GetValue<string>());
            Assert.Equal(("bleed", true, "4 mm all round"),
                (qa["checklist"]![0]!["itemId"]!.GetValue<string>(), qa["checklist"]![0]!["passed"]!.GetValue<bool>(), qa["checklist"]![0]!["note"]!.GetValue<string>()));
        }
        finally
        {
            await Json(await admin.Put("/api/qa/checklist", new { checklist = before["checklist"], comment = "back to the checklist before the test" }), HttpStatusCode.OK);
            await Task.Delay(Grains.Quality.QaChecklists.RefreshInterval); // so that no later test meets this test's checklist
        }
    }
}
