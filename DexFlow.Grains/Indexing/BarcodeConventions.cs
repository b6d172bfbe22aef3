using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// What DexFlow's own barcodes mean (domain.md §3; <c>DexFlow:Indexing:Barcodes</c>): <c>DXF-O-&lt;order&gt;</c> names
/// an order, <c>DXF-SEP</c> separates documents, <c>DXF-T-&lt;TYPE&gt;</c> on a cover sheet types the next document.
/// The one source of these codes: the PDFs print them, the splitter and the routing rules read them, so a shop that
/// changes a prefix keeps routing its printed sheets.
/// </summary>
public sealed class BarcodeConventions
{
    public string OrderPrefix { get; set; } = "DXF-O-";

    public string Separator { get; set; } = "DXF-SEP";

    public string TypePrefix { get; set; } = "DXF-T-";

    /// <summary>The common prefix of all of them: text that shows a DexFlow code is on the page.</summary>
    public string Family { get; set; } = "DXF-";

    public bool IsSeparator(Barcode code) => string.Equals(code.Text.Trim(), Separator, StringComparison.OrdinalIgnoreCase);

    /// <summary>The code printed on an order's paperwork (work sheet, price sheet, invoices).</summary>
    public string OrderCode(string orderNumber) => OrderPrefix + orderNumber;

    /// <summary>The order the first of the codes names, if any does.</summary>
    public string? OrderOf(IEnumerable<Barcode> codes) => codes.Select(OrderOf).FirstOrDefault(number => number is not null);

    public string? OrderOf(Barcode code) =>
        code.Text.StartsWith(OrderPrefix, StringComparison.OrdinalIgnoreCase) ? code.Text[OrderPrefix.Length..].Trim() : null;

    public DocumentType? TypeOf(Barcode code) =>
        code.Text.StartsWith(TypePrefix, StringComparison.OrdinalIgnoreCase)
        && Enum.TryParse<DocumentType>(code.Text[TypePrefix.Length..].Trim(), ignoreCase: true, out var type)
            ? type
            : null;

    /// <summary>A separator or cover sheet: a page that is not part of any document and need not be read.</summary>
    public bool IsControl(IEnumerable<Barcode> codes) => codes.Any(code => IsSeparator(code) || TypeOf(code) is not null);

    public bool IsOwn(Barcode code) => code.Text.StartsWith(Family, StringComparison.OrdinalIgnoreCase);
}
