using System.Net;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>Accounting finds an order waiting for its prepayment and records the payment on the order page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountantTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task An_accountant_finds_the_order_awaiting_prepayment_records_the_payment_and_sees_nothing_due()
    {
        var (number, invoice) = await Orders.AwaitingPrepayment(fixture.Api.Address, $"Prepaying customer {Guid.NewGuid():N}");
        var invoiceNumber = invoice["number"]!.GetValue<string>();
        Assert.True(invoice["amountDue"]!.GetValue<decimal>() > 0);

        app.SignIn("accountant");
        var row = app.WaitFor($"[data-test=inbox-item][data-reference='{number}']", $"order {number} awaiting prepayment in the accountant's inbox");
        app.Screenshot("accountant");
        app.AssertAccessible("the accountant's inbox");

        row.FindElement(By.CssSelector("a")).Click();
        var due = app.WaitFor($"[data-test=invoice][data-number='{invoiceNumber}'] [data-test=amount-due]", "the prepayment invoice's amount due");
        Assert.False(due.Text.StartsWith("0.00", StringComparison.Ordinal), due.Text);
        app.WaitFor("[data-test=action-RecordPayment]", "the record-payment action").Click();
        app.WaitFor("[data-test=payment-form]", "the payment form");
        app.AssertAccessible("the payment form on the order page");

        app.WaitFor("[data-test=record-payment]", "the record button", button => button.Enabled).Click();
        app.WaitFor($"[data-test=invoice][data-number='{invoiceNumber}'] [data-test=amount-due]", "nothing due on the prepayment invoice",
            element => element.Text == "0.00 EUR");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=payment-form]")));
        Assert.Empty(app.BrowserErrors());

        var accountant = await LogIn(fixture.Api.Address, "accountant");
        var order = await Json(await accountant.Get($"/api/orders/{number}"), HttpStatusCode.OK);
        var payments = order["invoicing"]!["payments"]!.AsArray();
        Assert.Single(payments);
        Assert.Equal(invoice["amountDue"]!.GetValue<decimal>(), payments[0]!["amount"]!.GetValue<decimal>());
        Assert.False(order["invoicing"]!["awaitsPrepayment"]!.GetValue<bool>());
    }
}
