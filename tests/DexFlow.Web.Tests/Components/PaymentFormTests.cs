using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Pages.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class PaymentFormTests : PopoverTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly FakeApi api = new();

    public PaymentFormTests()
    {
        Services.AddSingleton(api.Client);
        Services.AddSingleton<ITokenStore, NoTokens>();
        Services.AddSingleton<AuthSession>();
    }

    private static InvoicingView Invoicing(decimal due) => new(
    [
        new InvoiceView("PRE-2026-000001", "Prepayment", "EUR", 1785.00m, 535.50m, due, Samples.At),
    ], due > 0);

    private static OrderView Approved(decimal due, params OrderAction[] actions) =>
        Samples.Order("2026-000020", OrderStage.Approved, version: 4, actions: actions, invoicing: Invoicing(due));

    [Fact]
    public void The_payment_starts_with_the_open_invoice_and_its_amount_due_and_is_recorded_with_an_idempotency_key()
    {
        api.On(HttpMethod.Post, "/api/orders/2026-000020/payments", Approved(0m, OrderAction.RecordPayment));
        OrderView? changed = null;
        var form = Render<PaymentForm>(parameters => parameters.Add(p => p.Order, Approved(535.50m, OrderAction.RecordPayment))
            .Add(p => p.Changed, order => changed = order));

        Assert.Contains("PRE-2026-000001", form.Find("input[aria-label='Invoice']").GetAttribute("value"));
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.NotNull(changed), Patience);
        var payment = api.Sent.Single();
        Assert.Equal("PRE-2026-000001", payment.Json["invoiceNumber"]!.GetValue<string>());
        Assert.Equal(535.50m, payment.Json["amount"]!.GetValue<decimal>());
        Assert.Equal(DateTime.Today.ToString("yyyy-MM-dd"), payment.Json["paidOn"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(payment.Header("Idempotency-Key")));
        Assert.Equal(0m, changed!.Invoicing!.Invoices![0].AmountDue);
    }

    [Fact]
    public void A_refused_payment_shows_why_at_the_amount_and_in_the_problem()
    {
        api.On(HttpMethod.Post, "/api/orders/2026-000020/payments", _ => FakeApi.Problem(HttpStatusCode.BadRequest, "The request has invalid fields.",
            new() { ["amount"] = ["More than the 535.50 due on PRE-2026-000001."] }));
        var form = Render<PaymentForm>(parameters => parameters.Add(p => p.Order, Approved(535.50m, OrderAction.RecordPayment)));

        form.Find("#payment-amount").Input("600");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal("More than the 535.50 due on PRE-2026-000001.",
            form.Find("#payment-amount").Closest(".mud-input-control")!.QuerySelector(".mud-input-error.mud-input-helper-text")?.TextContent.Trim()), Patience);
        Assert.Equal(600m, api.Sent.Single().Json["amount"]!.GetValue<decimal>());
        Assert.Equal("The request has invalid fields.", form.Find("[data-test=problem-title]").TextContent);
    }

    [Fact]
    public void The_payment_and_credit_note_forms_are_offered_only_when_the_order_allows_them()
    {
        var without = Render<OrderActionBar>(parameters => parameters.Add(p => p.Order, Approved(535.50m, OrderAction.Archive)));
        Assert.Empty(without.FindAll("[data-test=action-RecordPayment], [data-test=action-IssueCreditNote]"));

        var bar = Render<OrderActionBar>(parameters => parameters.Add(p => p.Order, Approved(535.50m, OrderAction.RecordPayment, OrderAction.IssueCreditNote)));
        Assert.Empty(bar.FindAll("[data-test=payment-form]"));

        bar.Find("button[data-test=action-RecordPayment]").Click();
        Assert.Single(bar.FindAll("[data-test=payment-form]"));
        Assert.Empty(bar.FindAll("[data-test=credit-note-form]"));

        bar.Find("button[data-test=action-IssueCreditNote]").Click();
        Assert.Single(bar.FindAll("[data-test=credit-note-form]"));
        Assert.Empty(bar.FindAll("[data-test=payment-form]"));
    }

    private sealed class NoTokens : ITokenStore
    {
        public ValueTask<string?> Get(string key) => ValueTask.FromResult<string?>(null);

        public ValueTask Set(string key, string value) => ValueTask.CompletedTask;

        public ValueTask Remove(string key) => ValueTask.CompletedTask;
    }
}
