using DexFlow.Contracts.Company;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Company;
using DexFlow.Grains.Invoicing;

namespace DexFlow.Domain.Tests.Invoicing;

public sealed class InvoiceContentsTests
{
    private static readonly ProfileInForce Shop = new(7, CompanyProfileStore.Demo with { PaymentTermsDays = 14, TimeZone = "Europe/Berlin" },
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    private static readonly CustomerDetails Buyer = new("Kunde AG", "C-000042", "Anna Kunde", "anna@kunde.example", "Hauptstr. 5\n80331 München", "DE987654321")
    {
        CustomerId = "c-42",
        PurchaseOrderReference = "PO-77",
    };

    private static readonly InvoiceLine Line = new("Flyer Spring, 5,000 copies", 5000, 1000m);

    [Fact]
    public void An_invoice_carries_seller_and_buyer_the_rate_and_amount_of_VAT_the_customers_reference_and_where_to_pay()
    {
        var details = InvoiceContents.Details(InvoiceKind.Final, Shop, Buyer, null, Line, 19m, 190m,
            DateTimeOffset.Parse("2026-12-02T10:00:00Z"), new DateOnly(2026, 12, 1), null);

        Assert.Equal((7, "DexFlow Demo Print Shop", "DE123456788"), (details.CompanyProfileVersion, details.Seller.Name, details.Seller.VatId));
        Assert.Equal(("Kunde AG", "DE987654321", "C-000042", "Hauptstr. 5\n80331 München"), (details.Buyer.Name, details.Buyer.VatId, details.Buyer.CustomerNumber, details.Buyer.Address));
        Assert.Equal([new VatBreakdown(19m, 1000m, 190m)], details.Vat.ToArray());
        Assert.Equal(("PO-77", "DE89370400440532013000"), (details.BuyerReference, details.BankAccount!.Iban));
        Assert.Equal((new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)), (details.IssueDate, details.DeliveryDate));
    }

    [Fact]
    public void The_due_date_counts_the_customers_own_terms_or_else_the_shops_and_a_credit_note_has_none()
    {
        var issued = DateTimeOffset.Parse("2026-12-02T10:00:00Z");

        var shopTerms = InvoiceContents.Details(InvoiceKind.Prepayment, Shop, Buyer, null, Line, 19m, 190m, issued, null, null);
        var ownTerms = InvoiceContents.Details(InvoiceKind.Prepayment, Shop, Buyer, 30, Line, 19m, 190m, issued, null, null);
        var credit = InvoiceContents.Details(InvoiceKind.CreditNote, Shop, Buyer, 30, Line, 19m, 190m, issued, null, null);

        Assert.Equal(new DateOnly(2026, 12, 16), shopTerms.DueDate);
        Assert.Equal(new DateOnly(2027, 1, 1), ownTerms.DueDate);
        Assert.Equal((null, null), (credit.DueDate, credit.BankAccount));
    }

    [Fact]
    public void An_invoice_issued_on_new_years_night_at_the_shop_is_dated_and_numbered_in_the_shops_new_year()
    {
        var issued = DateTimeOffset.Parse("2026-12-31T23:30:00Z"); // 00:30 on 1 January in Berlin

        var details = InvoiceContents.Details(InvoiceKind.Prepayment, Shop, Buyer, null, Line, 19m, 190m, issued, null, null);
        var request = new InvoiceRequest("k", InvoiceKind.Prepayment, "2026-000001", "EUR", 1000m, 190m, 1190m, 0, null, null, "system", issued, details);

        Assert.Equal(new DateOnly(2027, 1, 1), details.IssueDate);
        Assert.Equal(2027, request.Year);
        Assert.Equal(2026, (request with { Details = null }).Year);
    }

    [Fact]
    public void A_final_invoice_deducts_the_prepayment_net_and_VAT_less_what_credit_notes_took_back_of_it()
    {
        var prepayment = Invoice("PRE-2026-000001", InvoiceKind.Prepayment, 300m, 57m) with
        {
            Details = InvoiceContents.Details(InvoiceKind.Prepayment, Shop, Buyer, null, Line, 19m, 57m, DateTimeOffset.UtcNow, null, null),
        };
        var credit = Invoice("CRN-2026-000001", InvoiceKind.CreditNote, 100m, 19m) with { RefersTo = prepayment.Number };
        var other = Invoice("CRN-2026-000002", InvoiceKind.CreditNote, 10m, 1.9m) with { RefersTo = "INV-2026-000001" };

        var deducted = InvoiceRules.DeductedPrepayment([prepayment, credit, other]);

        Assert.Equal(new VatBreakdown(19m, 200m, 38m), deducted);
        Assert.Equal(deducted!.Taxable + deducted.Tax, InvoiceRules.PrepaymentToDeduct([prepayment, credit, other]));
        Assert.Null(InvoiceRules.DeductedPrepayment([other]));
    }

    [Fact]
    public void The_rate_of_an_invoice_issued_before_rates_were_recorded_is_worked_out_from_its_amounts()
    {
        Assert.Equal(19m, InvoiceContents.VatPercent(Invoice("INV-2025-000001", InvoiceKind.Final, 512.83m, 97.44m)));
        Assert.Equal(7m, InvoiceContents.VatPercent(Invoice("INV-2025-000002", InvoiceKind.Final, 100m, 7m)));
    }

    private static Invoice Invoice(string number, InvoiceKind kind, decimal net, decimal vat) =>
        new(number, kind, "2026-000001", "EUR", net, vat, net + vat, 0, null, null, DateTimeOffset.UtcNow, "system", new ContentRef("", 0));
}
