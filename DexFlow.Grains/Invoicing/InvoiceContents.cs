using DexFlow.Contracts.Company;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Company;

namespace DexFlow.Grains.Invoicing;

/// <summary>
/// What an invoice says beyond its amounts, pure: seller from the company profile in force, buyer from the order's
/// customer as linked to the master, dates in the shop's time zone, the due date from the customer's terms (or the
/// shop's), one line for the order, and the VAT per rate.
/// </summary>
public static class InvoiceContents
{
    /// <param name="customerTermsDays">The customer's own payment terms; null: the shop's default.</param>
    /// <param name="deliveredAt">When the order was completed (a final invoice), or the delivery date of the invoice a credit note corrects.</param>
    public static InvoiceDetails Details(
        InvoiceKind kind, ProfileInForce shop, CustomerDetails buyer, int? customerTermsDays, InvoiceLine line, decimal vatPercent, decimal vat,
        DateTimeOffset issuedAt, DateOnly? deliveredOn, VatBreakdown? deductedPrepayment)
    {
        var profile = shop.Profile;
        var issueDate = shop.Day(issuedAt);
        int? terms = kind == InvoiceKind.CreditNote ? null : customerTermsDays ?? profile.PaymentTermsDays;
        return new InvoiceDetails(
            shop.Version,
            new InvoiceParty(profile.Name, null, profile.Address, profile.VatId, profile.TaxNumber, null, null, profile.Email, profile.Phone),
            new InvoiceParty(buyer.Name, buyer.BillingAddress, null, buyer.VatId, null, buyer.CustomerNumber, buyer.ContactName, buyer.ContactEmail, null),
            issueDate,
            deliveredOn,
            terms is { } days ? issueDate.AddDays(days) : null,
            line,
            [new VatBreakdown(vatPercent, line.Net, vat)],
            deductedPrepayment,
            kind == InvoiceKind.CreditNote ? null : profile.BankAccount,
            buyer.PurchaseOrderReference,
            profile.InvoiceFooter,
            profile.Logo);
    }

    /// <summary>The invoice's one line: the order's product and copies, or what a credit note takes back.</summary>
    public static InvoiceLine Line(InvoiceKind kind, PrintSpecification spec, decimal net, string? reason) => new(kind switch
    {
        InvoiceKind.Prepayment => $"Prepayment for {spec.Product} {spec.Title}, {spec.Quantity:N0} copies",
        InvoiceKind.CreditNote => $"Credit: {reason}",
        _ => $"{spec.Product} {spec.Title}, {spec.Quantity:N0} copies, offset printing",
    }, kind == InvoiceKind.CreditNote ? 1 : spec.Quantity ?? 1, net);

    /// <summary>The VAT rate an invoice was issued at: as recorded, or worked out from its amounts for invoices issued before rates were.</summary>
    public static decimal VatPercent(Invoice invoice) =>
        invoice.Details is { Vat: [var first, ..] } ? first.Percent
        : invoice.Net == 0 ? 0 : decimal.Round(invoice.Vat * 100m / invoice.Net, 2, MidpointRounding.AwayFromZero);
}
