using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// The seed's use case clicked through in the browser, each step by the role whose job it is, each role signed in in a
/// session of its own: nothing is done over the API except waiting for DexFlow's own processing and checking results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SeedUseCaseTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task An_offset_order_goes_from_a_template_through_rejection_approval_prepayment_planning_and_production_to_the_archive_in_the_browser()
    {
        var customer = $"Seed customer {Guid.NewGuid():N}"[..30];
        var template = await Orders.Draft(fixture.Api.Address, customer);

        // Manager: a new order from the earlier one, with another quantity, submitted.
        app.SignIn("manager");
        app.Open($"orders/{template}");
        app.WaitFor("[data-test=use-as-template]", "the use-as-template action").Click();
        app.WaitFor("#customer-name", "the form prefilled from the template", input => input.GetAttribute("value") == customer);
        SetQuantity("6000");
        app.Driver.FindElement(By.CssSelector("[data-test=save]")).Click();
        var number = OrderNumberOnPage("Draft");
        Click("action-Submit");
        await StageIs(number, "InReview");

        // QA rejects with reasons.
        app.SignIn("qa");
        OpenOrder(number, "InReview");
        app.Driver.FindElement(By.Id("reasons-RejectQa")).SendKeys("Bleed missing on the back");
        app.WaitFor("[data-test=action-RejectQa]", "the rejection with reasons", button => button.Enabled).Click();
        StageShown("AdjustmentsRequired");

        // Manager reads the reason, adjusts the quantity and resubmits.
        app.SignIn("manager");
        OpenOrder(number, "AdjustmentsRequired");
        app.WaitFor("[data-test=reviews]", "QA's reason on the order page", reviews => reviews.Text.Contains("Bleed missing on the back"));
        Click("action-Edit");
        SetQuantity("6500");
        app.Driver.FindElement(By.CssSelector("[data-test=save]")).Click();
        StageShown("AdjustmentsRequired");
        Click("action-Submit");
        await StageIs(number, "InReview");

        // Both reviews approve; a new customer's approval asks for a prepayment.
        app.SignIn("qa");
        OpenOrder(number, "InReview");
        Click("action-ApproveQa");
        app.WaitUntilGone("[data-test=action-ApproveQa]", "QA's approval to be recorded");
        app.SignIn("accountant");
        OpenOrder(number, "InReview");
        Click("action-ApproveAccounting");
        StageShown("Approved");

        // Accountant records the prepayment.
        Click("action-RecordPayment");
        app.WaitFor("[data-test=record-payment]", "the record button", button => button.Enabled).Click();
        app.WaitFor("[data-test=amount-due]", "the prepayment paid", due => due.Text.StartsWith("0.00", StringComparison.Ordinal));

        // Planner confirms the proposal on the board.
        app.SignIn("planner");
        app.Open($"planning?order={number}");
        app.WaitFor($"[data-test=bar][data-order='{number}'][data-kind=Ghost]", $"order {number}'s proposal");
        app.Driver.FindElement(By.CssSelector("[data-test=confirm]")).Click();
        app.WaitFor("[data-test=confirmed]", $"order {number} to be confirmed");
        var processes = (await (await LogIn(fixture.Api.Address, "planner")).GetJson($"/api/orders/{number}"))["schedule"]!["processes"]!.AsArray()
            .Select(process => (Id: process!["processId"]!.GetValue<string>(), Start: process["start"]!.GetValue<DateTimeOffset>())).ToArray();

        // Operator starts and finishes every process on the shop floor, day by day.
        app.SignIn("operator");
        foreach (var (process, start) in processes)
        {
            app.Open($"floor?day={DateOnly.FromDateTime(start.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            var card = $"[data-test=process-card][data-order='{number}'][data-process='{process}']";
            app.WaitFor($"{card} [data-test=start]", $"{process} ready to start", button => button.Enabled).Click();
            app.WaitFor($"{card} [data-test=finish]", $"{process} ready to finish", button => button.Enabled).Click();
            app.WaitFor(card, $"{process} finished", element => element.GetAttribute("data-state") == "finished");
        }

        await StageIs(number, "Completed");

        // Accountant: the final invoice paid, the order archived.
        app.SignIn("accountant");
        OpenOrder(number, "Completed");
        Click("action-RecordPayment");
        app.WaitFor("[data-test=record-payment]", "the record button", button => button.Enabled).Click();
        app.WaitUntilGone("[data-test=payment-form]", "the payment form to close");
        Click("action-Archive");
        StageShown("Archived");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=problem]")));

        var archived = await (await LogIn(fixture.Api.Address, "admin")).GetJson($"/api/orders/{number}");
        Assert.Equal(6500, archived["specification"]!["quantity"]!.GetValue<int>());
        Assert.Equal(customer, archived["customer"]!["name"]!.GetValue<string>());
        Assert.All(archived["invoicing"]!["invoices"]!.AsArray(), invoice => Assert.Equal(0m, invoice!["amountDue"]!.GetValue<decimal>()));
        Assert.Equal(2, archived["revision"]!.GetValue<int>());
        Assert.Empty(app.BrowserErrors());
    }

    private void SetQuantity(string quantity)
    {
        var field = app.WaitFor("#spec-quantity", "the quantity field");
        field.SendKeys(Keys.Control + "a");
        field.SendKeys(quantity);
    }

    private void Click(string action) => app.WaitFor($"[data-test={action}]", action, button => button.Enabled).Click();

    private string OrderNumberOnPage(string stage)
    {
        StageShown(stage);
        return app.Driver.Url.Split('/').Last();
    }

    private void StageShown(string stage) =>
        app.WaitFor("[data-test=stage]", $"the order page at {stage}", shown => shown.GetAttribute("data-stage") == stage);

    private void OpenOrder(string number, string stage)
    {
        app.Open($"orders/{number}");
        StageShown(stage);
    }

    /// <summary>DexFlow's own processing (work sheet, price sheet, completion) runs on its own; the test waits for it.</summary>
    private async Task StageIs(string number, string stage)
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        await Eventually.Get(() => admin.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == stage,
            $"order {number} to reach {stage}", TimeSpan.FromSeconds(60));
    }
}
