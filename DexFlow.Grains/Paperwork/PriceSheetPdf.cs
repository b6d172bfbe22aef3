using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Paperwork;

/// <summary>The price sheet: the estimate line by line with its basis, the totals, and the price breaks.</summary>
public static class PriceSheetPdf
{
    public static byte[] Render(string number, int revision, OrderDraft draft, Estimate estimate, string barcode, DateTimeOffset generatedAt)
    {
        var currency = estimate.Currency;
        using var sheet = new PdfSheet("Price sheet", $"Order {number}, revision {revision}", barcode, generatedAt);
        sheet.Field("Customer", draft.Customer.Name);
        sheet.Field("Customer number", draft.Customer.CustomerNumber);
        sheet.Field("Product", $"{draft.Specification.Product} {draft.Specification.Title}".Trim());
        sheet.Field("Quantity", PdfSheet.Count(estimate.Quantity));
        sheet.Field("Price list", $"version {estimate.PriceListVersion}");

        sheet.Section("Estimate");
        sheet.Table(["Item", "Basis", "Amount"], [62, 358, 75],
            estimate.Lines.Select(line => (IReadOnlyList<string>)[line.Item, line.Basis, PdfSheet.Money(line.Amount, currency)]), leftAligned: 2);
        sheet.Space();
        sheet.Table(["", "", ""], [62, 358, 75],
        [
            ["Subtotal", "", PdfSheet.Money(estimate.Subtotal, currency)],
            ["Margin", "", PdfSheet.Money(estimate.Margin, currency)],
            ["Net", "", PdfSheet.Money(estimate.Net, currency)],
            ["VAT", "", PdfSheet.Money(estimate.Vat, currency)],
            ["Gross", "", PdfSheet.Money(estimate.Gross, currency)],
        ]);

        if (!estimate.PriceBreaks.IsDefaultOrEmpty)
        {
            sheet.Section("Price breaks");
            sheet.Table(["Quantity", "Net", "Gross"], [165, 165, 165],
                estimate.PriceBreaks.Select(priceBreak => (IReadOnlyList<string>)
                    [PdfSheet.Count(priceBreak.Quantity), PdfSheet.Money(priceBreak.Net, currency), PdfSheet.Money(priceBreak.Gross, currency)]));
        }

        return sheet.ToPdf();
    }
}
