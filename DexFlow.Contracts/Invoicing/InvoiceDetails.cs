using System.Collections.Immutable;
using DexFlow.Contracts.Company;

namespace DexFlow.Contracts.Invoicing;

/// <summary>
/// What an invoice says beyond its amounts, fixed when it is issued (EU VAT directive art. 226): seller and buyer as
/// they were, dates in the shop's time zone, the VAT rate and amount per rate, the due date, where to pay, the
/// customer's reference and, on a final invoice, the prepayment deducted with its VAT. A credit note has no due date.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoice-details")]
public sealed record InvoiceDetails(
    [property: Id(0)] int CompanyProfileVersion,
    [property: Id(1)] InvoiceParty Seller,
    [property: Id(2)] InvoiceParty Buyer,
    [property: Id(3)] DateOnly IssueDate,
    [property: Id(4)] DateOnly? DeliveryDate,
    [property: Id(5)] DateOnly? DueDate,
    [property: Id(6)] InvoiceLine Line,
    [property: Id(7)] ImmutableArray<VatBreakdown> Vat,
    [property: Id(8)] VatBreakdown? DeductedPrepayment,
    [property: Id(9)] BankAccount? BankAccount,
    [property: Id(10)] string? BuyerReference,
    [property: Id(11)] string? Footer,
    [property: Id(12)] CompanyLogo? Logo)
{
    /// <summary>The days from the invoice's date to its due date: the terms it was issued with.</summary>
    public int? PaymentTermsDays => DueDate is { } due ? due.DayNumber - IssueDate.DayNumber : null;
}

/// <summary>
/// Seller or buyer. The seller's address is structured (<see cref="PostalAddress"/>); a buyer's is the billing address
/// as the customer master holds it, lines of text.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoice-party")]
public sealed record InvoiceParty(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Address,
    [property: Id(2)] PostalAddress? PostalAddress,
    [property: Id(3)] string? VatId,
    [property: Id(4)] string? TaxNumber,
    [property: Id(5)] string? CustomerNumber,
    [property: Id(6)] string? ContactName,
    [property: Id(7)] string? Email,
    [property: Id(8)] string? Phone);

/// <summary>What is invoiced: the order's product, its quantity (copies) and its net amount.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoice-line")]
public sealed record InvoiceLine(
    [property: Id(0)] string Description,
    [property: Id(1)] int Quantity,
    [property: Id(2)] decimal Net);

/// <summary>The VAT at one rate: the amount it is charged on and the VAT.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.vat-breakdown")]
public sealed record VatBreakdown(
    [property: Id(0)] decimal Percent,
    [property: Id(1)] decimal Taxable,
    [property: Id(2)] decimal Tax);
