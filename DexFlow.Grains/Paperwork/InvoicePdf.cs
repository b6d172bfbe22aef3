using System.Globalization;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Company;
using DexFlow.Grains.Invoicing;

namespace DexFlow.Grains.Paperwork;

/// <summary>
/// An invoice, prepayment invoice or credit note as the customer receives it, with the order's barcode: seller and
/// buyer, dates, the line, VAT per rate, a deducted prepayment with its VAT, and where and by when to pay. Invoices
/// issued before details were kept show what they recorded.
/// </summary>
public static class InvoicePdf
{
    public static byte[] Render(Invoice invoice, OrderDraft order, string barcode, byte[]? logo = null)
    {
        var details = invoice.Details;
        var title = invoice.Kind switch
        {
            InvoiceKind.Prepayment => "Prepayment invoice",
            InvoiceKind.CreditNote => "Credit note",
            _ => "Invoice",
        };
        var issued = details?.IssueDate ?? DateOnly.FromDateTime(invoice.IssuedAt.UtcDateTime);
        using var sheet = new PdfSheet(title, $"{invoice.Number} of {Day(issued)}", barcode, invoice.IssuedAt);
        if (logo is not null)
        {
            sheet.Image(logo, maxWidth: 160, maxHeight: 48);
        }

        if (details is null)
        {
            Buyer(sheet, order.Customer.Name, order.Customer.CustomerNumber, order.Customer.BillingAddress, order.Customer.VatId);
            Reference(sheet, invoice, order.Customer.PurchaseOrderReference);
            Amounts(sheet, invoice, InvoiceContents.Line(invoice.Kind, order.Specification, invoice.Net, invoice.Reason), null, null);
            Closing(sheet, invoice, null);
            return sheet.ToPdf();
        }

        sheet.Section("From");
        var seller = details.Seller;
        sheet.Field("Seller", seller.Name);
        sheet.Field("Address", seller.PostalAddress?.ToString() ?? seller.Address);
        if (seller.VatId is not null)
        {
            sheet.Field("VAT id", seller.VatId);
        }

        if (seller.TaxNumber is not null)
        {
            sheet.Field("Tax number", seller.TaxNumber);
        }

        sheet.Section("To");
        Buyer(sheet, details.Buyer.Name, details.Buyer.CustomerNumber, details.Buyer.Address, details.Buyer.VatId);
        if (details.Buyer.ContactName is not null)
        {
            sheet.Field("Attention", details.Buyer.ContactName);
        }

        sheet.Section("Invoice");
        sheet.Field("Invoice date", Day(details.IssueDate));
        sheet.Field(invoice.Kind == InvoiceKind.Prepayment ? "Delivery" : "Delivery date", details.DeliveryDate is { } delivered
            ? Day(delivered)
            : invoice.Kind == InvoiceKind.Prepayment ? "Advance payment before delivery" : null);
        Reference(sheet, invoice, details.BuyerReference);
        if (details.DueDate is { } due)
        {
            sheet.Field("Due date", $"{Day(due)} ({details.PaymentTermsDays} days net)");
        }

        Amounts(sheet, invoice, details.Line, details.Vat, details.DeductedPrepayment);
        Closing(sheet, invoice, details);
        return sheet.ToPdf();
    }

    private static void Buyer(PdfSheet sheet, string name, string? customerNumber, string? address, string? vatId)
    {
        sheet.Field("Customer", name);
        sheet.Field("Customer number", customerNumber);
        sheet.Field("Billing address", address);
        sheet.Field("VAT id", vatId);
    }

    private static void Reference(PdfSheet sheet, Invoice invoice, string? buyerReference)
    {
        sheet.Field("Order", invoice.OrderNumber);
        if (buyerReference is not null)
        {
            sheet.Field("Your reference", buyerReference);
        }

        if (invoice.RefersTo is not null)
        {
            sheet.Field("Corrects", invoice.RefersTo);
        }
    }

    private static void Amounts(PdfSheet sheet, Invoice invoice, InvoiceLine line, IReadOnlyList<VatBreakdown>? vat, VatBreakdown? deducted)
    {
        var currency = invoice.Currency;
        sheet.Section("Amounts");
        sheet.Table(["Description", "Quantity", "Net amount"], [330, 70, 95],
        [
            [line.Description, PdfSheet.Count(line.Quantity), PdfSheet.Money(line.Net, currency)],
        ]);
        List<IReadOnlyList<string>> totals = [["Net total", PdfSheet.Money(invoice.Net, currency)]];
        foreach (var rate in vat ?? [])
        {
            totals.Add([$"VAT {Percent(rate.Percent)} on {PdfSheet.Money(rate.Taxable, currency)}", PdfSheet.Money(rate.Tax, currency)]);
        }

        if (vat is null)
        {
            totals.Add(["VAT", PdfSheet.Money(invoice.Vat, currency)]);
        }

        totals.Add(["Total", PdfSheet.Money(invoice.Gross, currency)]);
        sheet.Table(["", ""], [400, 95], totals);
        if (invoice.Deducted > 0)
        {
            sheet.Table(["", ""], [400, 95], deducted is null
                ? [["Less prepayment invoiced", PdfSheet.Money(invoice.Deducted, currency)], ["Amount due", PdfSheet.Money(invoice.Payable, currency)]]
                :
                [
                    ["Less prepayment invoiced, net", PdfSheet.Money(deducted.Taxable, currency)],
                    [$"Less VAT {Percent(deducted.Percent)} invoiced with the prepayment", PdfSheet.Money(deducted.Tax, currency)],
                    ["Amount due", PdfSheet.Money(invoice.Payable, currency)],
                ]);
        }

        if (invoice.Kind == InvoiceKind.CreditNote && invoice.Reason is { } reason)
        {
            // The table's cell shows the reason's beginning; the whole reason is part of the document.
            sheet.Section("Reason");
            sheet.Text(reason);
        }
    }

    private static void Closing(PdfSheet sheet, Invoice invoice, InvoiceDetails? details)
    {
        sheet.Space();
        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            sheet.Text("The amount is credited to your account.");
        }
        else
        {
            var by = details?.DueDate is { } due ? $"by {Day(due)}" : "within 14 days";
            sheet.Text($"Please pay {PdfSheet.Money(invoice.Payable, invoice.Currency)} {by} quoting {invoice.Number}.");
            if (details?.BankAccount is { } bank)
            {
                sheet.Text(string.Join(", ", new[] { bank.AccountHolder ?? details.Seller.Name, $"IBAN {Iban.Printed(bank.Iban)}", bank.Bic is null ? null : $"BIC {bank.Bic}", bank.BankName }
                    .Where(part => part is not null)));
            }
        }

        if (details?.Footer is { } footer)
        {
            sheet.Space();
            sheet.Text(footer);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal percent) => $"{percent.ToString("0.##", CultureInfo.InvariantCulture)} %";
}
