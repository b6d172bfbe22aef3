using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Paperwork;

/// <summary>
/// The work sheet (job ticket): what to produce, with which materials, in which processes (domain.md §5). No prices,
/// and not whose order it is: operators and planners see the work sheet, not the customer (domain.md §1).
/// </summary>
public static class WorkSheetPdf
{
    public static byte[] Render(string number, int revision, OrderDraft draft, Estimate estimate, string barcode, DateTimeOffset generatedAt)
    {
        var spec = draft.Specification;
        using var sheet = new PdfSheet("Work sheet", $"Order {number}, revision {revision}", barcode, generatedAt);
        sheet.Field("Product", $"{spec.Product} {spec.Title}".Trim());
        sheet.Field("Finished size", $"{spec.FinishedWidthMm} × {spec.FinishedHeightMm} mm");
        sheet.Field("Quantity", PdfSheet.Count(estimate.Quantity));
        sheet.Field("Pages", spec.Pages?.ToString());
        sheet.Field("Colours", $"{spec.ColoursFront ?? 0}/{spec.ColoursBack ?? 0}");
        sheet.Field("Due date", spec.DueDate?.ToString("yyyy-MM-dd"));
        sheet.Field("Delivery address", spec.DeliveryAddress);

        sheet.Section("Materials and layout");
        sheet.Field("Paper stock", estimate.PaperStock);
        sheet.Field("Sheets", $"{PdfSheet.Count(estimate.TotalSheets)} ({PdfSheet.Count(estimate.NetSheets)} net + {PdfSheet.Count(estimate.WasteSheets)} waste)");
        sheet.Field("Number-up", $"{estimate.NumberUp} per sheet side, {estimate.Forms} form(s)");
        sheet.Field("Plates", estimate.Plates.ToString());
        sheet.Field("Press", $"{estimate.Press}, {estimate.Passes} pass(es)");

        sheet.Section("Processes");
        sheet.Table(["#  Process", "Resource", "Minutes"], [300, 130, 65],
            estimate.Processes.Select(process => (IReadOnlyList<string>)
                [$"{process.Sequence}  {process.Name}", process.Resource ?? process.ResourceKind, process.Minutes.ToString()]));

        if (!string.IsNullOrWhiteSpace(spec.Notes))
        {
            sheet.Section("Instructions");
            sheet.Text(spec.Notes);
        }

        return sheet.ToPdf();
    }
}
