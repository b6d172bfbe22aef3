using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Pricing;

namespace DexFlow.Grains.Invoicing;

/// <summary>
/// The money rules of invoicing, pure: when a prepayment is asked for and how much, what a final invoice deducts,
/// what a credit note may take back, and what is still owed.
/// </summary>
public static class InvoiceRules
{
    /// <summary>domain.md §2: a new customer, or a net total above the threshold.</summary>
    public static bool RequiresPrepayment(PrepaymentPolicy policy, Estimate estimate, bool newCustomer) =>
        (policy.NewCustomers && newCustomer) || estimate.Net > policy.NetThreshold;

    /// <summary>The policy's share of the order's total, net and VAT each rounded to cents.</summary>
    public static (decimal Net, decimal Vat, decimal Gross) Prepayment(PrepaymentPolicy policy, Estimate estimate)
    {
        var net = Estimator.Money(estimate.Net * policy.Percent / 100m);
        var vat = Estimator.Money(estimate.Vat * policy.Percent / 100m);
        return (net, vat, net + vat);
    }

    /// <summary>
    /// The final invoice is for the whole order and deducts what the prepayment invoices asked for, less what credit
    /// notes took back of them (a waived prepayment is not deducted).
    /// </summary>
    public static decimal PrepaymentToDeduct(IReadOnlyCollection<Invoice> invoices) =>
        invoices.Where(invoice => invoice.Kind == InvoiceKind.Prepayment)
            .Sum(prepayment => prepayment.Gross - invoices.Where(other => other.Kind == InvoiceKind.CreditNote && other.RefersTo == prepayment.Number).Sum(other => other.Gross));

    /// <summary>
    /// <see cref="PrepaymentToDeduct"/> split into net and VAT as the prepayment invoices and their credit notes split
    /// it, at the prepayment's rate: a final invoice shows the VAT already invoiced. Null when nothing is deducted.
    /// </summary>
    public static VatBreakdown? DeductedPrepayment(IReadOnlyCollection<Invoice> invoices)
    {
        var prepayments = invoices.Where(invoice => invoice.Kind == InvoiceKind.Prepayment).ToArray();
        var credits = invoices.Where(other => other.Kind == InvoiceKind.CreditNote && prepayments.Any(prepayment => prepayment.Number == other.RefersTo)).ToArray();
        var net = prepayments.Sum(prepayment => prepayment.Net) - credits.Sum(credit => credit.Net);
        var vat = prepayments.Sum(prepayment => prepayment.Vat) - credits.Sum(credit => credit.Vat);
        return net + vat == 0 ? null : new VatBreakdown(InvoiceContents.VatPercent(prepayments[0]), net, vat);
    }

    /// <summary>Splits a credit of <paramref name="gross"/> like the invoice it corrects; refuses more than is left to credit.</summary>
    public static (decimal Net, decimal Vat) Credit(Invoice invoice, IEnumerable<Invoice> invoices, decimal gross)
    {
        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            throw ValidationException.For("invoiceNumber", "A credit note corrects an invoice, not another credit note.");
        }

        var credited = Credited(invoice, invoices);
        EnsureAmount(gross);

        if (gross > invoice.Gross - credited)
        {
            throw ValidationException.For("amount", $"At most {invoice.Gross - credited:0.00} {invoice.Currency} of {invoice.Number} is left to credit.");
        }

        var net = invoice.Gross == 0 ? 0 : Estimator.Money(gross * invoice.Net / invoice.Gross);
        return (net, gross - net);
    }

    /// <summary>
    /// An amount of money as people enter it: positive, in the currency's units with at most two decimal places
    /// (12.50, not 1250 cents and not 12.505).
    /// </summary>
    public static void EnsureAmount(decimal amount)
    {
        if (amount <= 0 || amount != Estimator.Money(amount))
        {
            throw ValidationException.For("amount", "A positive amount in the invoice's currency, with at most two decimal places (e.g. 12.50).");
        }
    }

    /// <summary>What credit notes took back of an invoice.</summary>
    public static decimal Credited(Invoice invoice, IEnumerable<Invoice> invoices) =>
        invoices.Where(other => other.Kind == InvoiceKind.CreditNote && other.RefersTo == invoice.Number).Sum(other => other.Gross);

    /// <summary>What was paid on an invoice.</summary>
    public static decimal Paid(Invoice invoice, IEnumerable<Payment> payments) =>
        payments.Where(payment => payment.InvoiceNumber == invoice.Number).Sum(payment => payment.Amount);

    /// <summary>What is still owed on an invoice: what it asked, less credit notes against it, less payments; nothing on a credit note.</summary>
    public static decimal Outstanding(Invoice invoice, ImmutableArray<Invoice> invoices, ImmutableArray<Payment> payments) =>
        invoice.Kind == InvoiceKind.CreditNote ? 0 : invoice.Payable - Credited(invoice, invoices) - Paid(invoice, payments);

    /// <summary>The invoices with money still owed on them, and how much.</summary>
    public static ImmutableArray<(Invoice Invoice, decimal Amount)> Outstanding(ImmutableArray<Invoice> invoices, ImmutableArray<Payment> payments) =>
        [.. invoices.Select(invoice => (invoice, Outstanding(invoice, invoices, payments))).Where(owed => owed.Item2 > 0)];

    /// <summary>An invoice with where its money stands, as the order shows it.</summary>
    public static InvoiceView View(Invoice invoice, ImmutableArray<Invoice> invoices, ImmutableArray<Payment> payments) =>
        InvoiceView.Of(invoice, Credited(invoice, invoices), Paid(invoice, payments), Outstanding(invoice, invoices, payments));

    /// <summary>Whether production must wait: a prepayment invoice with money still owed on it.</summary>
    public static bool AwaitsPrepayment(ImmutableArray<Invoice> invoices, ImmutableArray<Payment> payments) =>
        invoices.Any(invoice => invoice.Kind == InvoiceKind.Prepayment && Outstanding(invoice, invoices, payments) > 0);
}
