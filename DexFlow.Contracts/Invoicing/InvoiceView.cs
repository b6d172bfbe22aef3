using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Invoicing;

/// <summary>
/// An issued invoice as the order shows it: the document as issued, and where its money stands now.
/// <see cref="Payable"/> is what the invoice asks (gross less a deducted prepayment); <see cref="AmountDue"/> is what is
/// still owed: payable less credit notes against it and payments recorded on it. A credit note owes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoice-view")]
public sealed record InvoiceView(
    [property: Id(0)] string Number,
    [property: Id(1)] InvoiceKind Kind,
    [property: Id(2)] string OrderNumber,
    [property: Id(3)] string Currency,
    [property: Id(4)] decimal Net,
    [property: Id(5)] decimal Vat,
    [property: Id(6)] decimal Gross,
    [property: Id(7)] decimal Deducted,
    [property: Id(8)] string? RefersTo,
    [property: Id(9)] string? Reason,
    [property: Id(10)] DateTimeOffset IssuedAt,
    [property: Id(11)] string IssuedBy,
    [property: Id(12)] ContentRef Content,
    [property: Id(13)] decimal Payable,
    [property: Id(14)] decimal Credited,
    [property: Id(15)] decimal Paid,
    [property: Id(16)] decimal AmountDue)
{
    /// <summary>Seller, buyer, dates, VAT per rate and payment details as issued (<see cref="Invoice.Details"/>).</summary>
    [Id(17)] public InvoiceDetails? Details { get; init; }

    public static InvoiceView Of(Invoice invoice, decimal credited, decimal paid, decimal amountDue) => new(
        invoice.Number, invoice.Kind, invoice.OrderNumber, invoice.Currency, invoice.Net, invoice.Vat, invoice.Gross, invoice.Deducted,
        invoice.RefersTo, invoice.Reason, invoice.IssuedAt, invoice.IssuedBy, invoice.Content, invoice.Payable, credited, paid, amountDue)
    {
        Details = invoice.Details,
    };
}
