using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Paperwork;

/// <summary>An invoice, prepayment invoice or credit note as the customer receives it, with the order's barcode.</summary>
public static class InvoicePdf
{
    public static byte[] Render(Invoice invoice, OrderDraft order, string barcode)
    {
        var currency = invoice.Currency;
        var title = invoice.Kind switch
        {
            InvoiceKind.Prepayment => "Prepayment invoice",
            InvoiceKind.CreditNote => "Credit note",
            _ => "Invoice",
        };
        using var sheet = new PdfSheet(title, $"{invoice.Number} of {invoice.IssuedAt:yyyy-MM-dd}", barcode, invoice.IssuedAt);
        sheet.Field("Customer", order.Customer.Name);
        sheet.Field("Customer number", order.Customer.CustomerNumber);
        sheet.Field("Billing address", order.Customer.BillingAddress);
        sheet.Field("VAT id", order.Customer.VatId);
        sheet.Field("Order", invoice.OrderNumber);
        if (order.Customer.PurchaseOrderReference is { } reference)
        {
            sheet.Field("Your reference", reference);
        }

        if (invoice.RefersTo is not null)
        {
            sheet.Field("Corrects", invoice.RefersTo);
        }

        var spec = order.Specification;
        var description = invoice.Kind switch
        {
            InvoiceKind.Prepayment => $"Prepayment for {spec.Product} {spec.Title}, {spec.Quantity:N0} copies",
            InvoiceKind.CreditNote => $"Credit: {invoice.Reason}",
            _ => $"{spec.Product} {spec.Title}, {spec.Quantity:N0} copies, offset printing",
        };
        sheet.Section("Amounts");
        sheet.Table(["Description", "Amount"], [400, 95],
        [
            [description, PdfSheet.Money(invoice.Net, currency)],
            ["VAT", PdfSheet.Money(invoice.Vat, currency)],
            ["Total", PdfSheet.Money(invoice.Gross, currency)],
        ]);
        if (invoice.Deducted > 0)
        {
            sheet.Table(["", ""], [400, 95],
            [
                ["Less prepayment invoiced", PdfSheet.Money(invoice.Deducted, currency)],
                ["Amount due", PdfSheet.Money(invoice.Payable, currency)],
            ]);
        }

        if (invoice.Kind == InvoiceKind.CreditNote && invoice.Reason is { } reason)
        {
            // The table's cell shows the reason's beginning; the whole reason is part of the document.
            sheet.Section("Reason");
            sheet.Text(reason);
        }

        sheet.Space();
        sheet.Text(invoice.Kind == InvoiceKind.CreditNote
            ? "The amount is credited to your account."
            : $"Please pay {PdfSheet.Money(invoice.Payable, currency)} within 14 days quoting {invoice.Number}.");
        return sheet.ToPdf();
    }
}
