using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Pricing;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Invoicing;

public sealed class InvoiceRulesTests
{
    private static readonly Contracts.Pricing.PrepaymentPolicy Policy = DemoPriceList.PriceList.Prepayment; // new customers or net > 5,000.00: 30 %

    [Fact]
    public void A_new_customer_or_a_large_order_pays_in_advance()
    {
        var small = PricedAndApproved().Estimate!;            // net 512.83
        var large = PricedAndApproved(quantity: 400_000).Estimate!;

        Assert.True(InvoiceRules.RequiresPrepayment(Policy, small, newCustomer: true));
        Assert.False(InvoiceRules.RequiresPrepayment(Policy, small, newCustomer: false));
        Assert.True(large.Net > Policy.NetThreshold);
        Assert.True(InvoiceRules.RequiresPrepayment(Policy, large, newCustomer: false));
    }

    [Fact]
    public void The_prepayment_is_the_policys_share_of_net_and_VAT_each_rounded_to_cents()
    {
        var estimate = PricedAndApproved().Estimate!;

        var (net, vat, gross) = InvoiceRules.Prepayment(Policy, estimate);

        Assert.Equal(153.85m, net);   // 30 % of 512.83 = 153.849
        Assert.Equal(29.23m, vat);    // 30 % of 97.44 = 29.232
        Assert.Equal(183.08m, gross);
    }

    [Fact]
    public void A_credit_note_takes_back_at_most_what_is_left_and_splits_like_its_invoice()
    {
        var invoice = Invoice("INV-2026-000003", InvoiceKind.Final, net: 525.07m, vat: 99.76m);
        var earlier = Invoice("CRN-2026-000001", InvoiceKind.CreditNote, net: 84.03m, vat: 15.97m) with { RefersTo = invoice.Number };

        var (net, vat) = InvoiceRules.Credit(invoice, [invoice, earlier], 119.00m);

        Assert.Equal((100.00m, 19.00m), (net, vat));  // 119.00 × 525.07 / 624.83 = 99.999…
        var tooMuch = Assert.Throws<ValidationException>(() => InvoiceRules.Credit(invoice, [invoice, earlier], 524.84m));
        Assert.Contains("524.83", tooMuch.Errors["amount"][0]);
        Assert.Throws<ValidationException>(() => InvoiceRules.Credit(earlier, [invoice, earlier], 1m));
    }

    [Fact]
    public void What_is_outstanding_counts_deductions_credit_notes_and_payments()
    {
        var final = Invoice("INV-2026-000004", InvoiceKind.Final, net: 525.07m, vat: 99.76m) with { Deducted = 187.45m };
        var credit = Invoice("CRN-2026-000002", InvoiceKind.CreditNote, net: 8.40m, vat: 1.60m) with { RefersTo = final.Number };
        Payment[] payments = [new(final.Number, 400m, new DateOnly(2026, 12, 1), "Alex", Now)];

        Assert.Equal(437.38m, final.Payable);  // 624.83 - 187.45
        Assert.Equal(27.38m, InvoiceRules.Outstanding(final, [final, credit], [.. payments]));  // 437.38 - 10.00 - 400.00
    }

    [Fact]
    public void A_final_invoice_deducts_the_prepayment_less_what_a_credit_note_waived()
    {
        var prepayment = Invoice("PRE-2026-000001", InvoiceKind.Prepayment, net: 153.85m, vat: 29.23m);
        var waived = Invoice("CRN-2026-000001", InvoiceKind.CreditNote, net: 84.04m, vat: 15.96m) with { RefersTo = prepayment.Number };

        Assert.Equal(183.08m, InvoiceRules.PrepaymentToDeduct([prepayment]));
        Assert.Equal(83.08m, InvoiceRules.PrepaymentToDeduct([prepayment, waived]));
    }

    private static Invoice Invoice(string number, InvoiceKind kind, decimal net, decimal vat) =>
        new(number, kind, "2026-000042", "EUR", net, vat, net + vat, 0, null, null, Now, "dexflow", new ContentRef(new string('b', 64), 1));
}
