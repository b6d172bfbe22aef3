using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Orders;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// Payments and credit notes under an Idempotency-Key when the silo died between the steps of the first request: the
/// retry finishes what was started and answers with it, never making a second one.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class KeyedMoneyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_credit_note_the_ledger_issued_before_the_order_recorded_it_is_recorded_once_when_the_request_is_retried()
    {
        var (number, prepayment) = await OrderWithPrepayment();
        var request = new NewCreditNote(prepayment.Number, 5m, "Goodwill");
        var key = Guid.NewGuid().ToString();

        // The first attempt claimed the key and the ledger issued the credit note; then its silo died.
        const string Claimed = "claimed-by-the-lost-attempt";
        await Service<KeyedChanges>().Claim(MoneyKeys.CreditNoteScope(Alex), key, MoneyKeys.Hash(number, request), Claimed);
        var issued = await Service<InvoiceLedger>().Issue(new InvoiceRequest(MoneyKeys.CreditIssueKey(number, Claimed), InvoiceKind.CreditNote, number, "EUR",
            4.20m, 0.80m, 5m, 0, prepayment.Number, "Goodwill", Alex.UserId, DateTimeOffset.UtcNow), _ => Task.FromResult("%PDF-1.4 test"u8.ToArray()));

        var retried = await Order(number).IssueCreditNote(Alex, request, key);
        var again = await Order(number).IssueCreditNote(Alex, request with { Amount = 5.00m }, key);

        Assert.True(retried.Replayed);
        Assert.Equal([issued.Number], CreditNotes(retried.Order));
        Assert.Equal([issued.Number], CreditNotes(again.Order));
        Assert.Equal(2, (await Service<InvoiceLedger>().ForOrder(number)).Length);
    }

    [Fact]
    public async Task A_payment_whose_key_was_claimed_before_the_silo_died_is_recorded_by_the_retry_and_only_once()
    {
        var (number, prepayment) = await OrderWithPrepayment();
        var payment = new RecordPayment(prepayment.Number, 10m, DateOnly.FromDateTime(DateTime.UtcNow));
        var key = Guid.NewGuid().ToString();
        await Service<KeyedChanges>().Claim(MoneyKeys.PaymentScope(Alex), key, MoneyKeys.Hash(number, payment), "claimed-by-the-lost-attempt");

        var retried = await Order(number).RecordPayment(Alex, payment, key, null);
        await fixture.Cluster.DeactivateAsync(Order(number));
        var again = await Order(number).RecordPayment(Alex, payment, key, null);

        var recorded = Assert.Single(again.Order.Invoicing!.Payments);
        Assert.Equal(("claimed-by-the-lost-attempt", 10m), (recorded.Id, recorded.Amount));
        Assert.True(retried.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(prepayment.Gross - 10m, again.Order.Invoicing.Invoices.Single().AmountDue);
    }

    private async Task<(string Number, InvoiceView Prepayment)> OrderWithPrepayment()
    {
        var number = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder($"Keyed {Guid.NewGuid():N}"), null)).Order.Number;
        await Order(number).Execute(Mia, new SubmitOrder(), null);
        await Eventually.Get(() => Order(number).Get(Ada), order => order.Stage == OrderStage.InReview, $"order {number} to reach review");
        await Order(number).Execute(Quinn, new ReviewOrder(ReviewSide.Qa, true, []), null);
        var approved = await Order(number).Execute(Alex, new ReviewOrder(ReviewSide.Accounting, true, []), null);
        return (number, approved.Invoicing!.Invoices.Single(invoice => invoice.Kind == InvoiceKind.Prepayment));
    }

    private static string[] CreditNotes(OrderView order) =>
        [.. order.Invoicing!.Invoices.Where(invoice => invoice.Kind == InvoiceKind.CreditNote).Select(invoice => invoice.Number)];

    private IOrderGrain Order(string number) => fixture.Client.GetGrain<IOrderGrain>(number);

    private T Service<T>() where T : notnull => fixture.Cluster.GetSiloServiceProvider().GetRequiredService<T>();
}
