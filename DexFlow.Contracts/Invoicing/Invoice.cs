using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Invoicing;

/// <summary>
/// An issued invoice, prepayment invoice or credit note: immutable once issued (a correction is a credit note).
/// Amounts are positive; <see cref="Deducted"/> is the prepayment a final invoice deducts, <see cref="Payable"/> what
/// the invoice asked to be paid when it was issued; a credit note names the invoice it corrects in <see cref="RefersTo"/>.
/// What is still owed on it changes with payments and credit notes, and is in <see cref="InvoiceView"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoice")]
public sealed record Invoice(
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
    [property: Id(12)] ContentRef Content)
{
    public decimal Payable => Gross - Deducted;

    /// <summary>Seller, buyer, dates, VAT per rate and payment details as issued; none on invoices issued before DexFlow kept them.</summary>
    [Id(13)] public InvoiceDetails? Details { get; init; }
}
