namespace DexFlow.Web.Api;

/// <summary>
/// What a specification would cost with the price list in force (Contracts' <c>Estimate</c>, from
/// <c>POST /api/pricing/estimate</c>): the lines of the price sheet, the totals, and the same order at other quantities.
/// </summary>
public sealed record Estimate(
    int PriceListVersion,
    string Currency,
    int Quantity,
    string Press,
    string PaperStock,
    int NumberUp,
    int Plates,
    int NetSheets,
    int WasteSheets,
    IReadOnlyList<EstimateLine> Lines,
    decimal Subtotal,
    decimal Margin,
    decimal Net,
    decimal Vat,
    decimal Gross,
    IReadOnlyList<PriceBreak>? PriceBreaks);

public sealed record EstimateLine(string Item, string Basis, decimal Amount);

public sealed record PriceBreak(int Quantity, decimal Net, decimal Gross);
