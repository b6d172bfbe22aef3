using System.Collections.Immutable;

namespace DexFlow.Contracts.Pricing;

/// <summary>
/// An order's estimate, line by line as on the price sheet (domain.md §5), with the production figures the work sheet
/// needs and the processes planning books. Money is rounded to cents, half away from zero, line by line; totals add
/// the rounded lines.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.estimate")]
public sealed record Estimate(
    [property: Id(0)] int PriceListVersion,
    [property: Id(1)] string Currency,
    [property: Id(2)] int Quantity,
    [property: Id(3)] string Press,
    [property: Id(4)] string PaperStock,
    [property: Id(5)] int NumberUp,
    [property: Id(6)] int Forms,
    [property: Id(7)] int Plates,
    [property: Id(8)] int Passes,
    [property: Id(9)] int NetSheets,
    [property: Id(10)] int WasteSheets,
    [property: Id(11)] ImmutableArray<EstimateLine> Lines,
    [property: Id(12)] decimal Subtotal,
    [property: Id(13)] decimal Margin,
    [property: Id(14)] decimal Net,
    [property: Id(15)] decimal Vat,
    [property: Id(16)] decimal Gross,
    [property: Id(17)] ImmutableArray<PriceBreak> PriceBreaks,
    [property: Id(18)] ImmutableArray<ProductionProcess> Processes)
{
    public int TotalSheets => NetSheets + WasteSheets;
}

/// <summary>One cost line: what it is, how it was worked out, and the amount.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.estimate-line")]
public sealed record EstimateLine(
    [property: Id(0)] string Item,
    [property: Id(1)] string Basis,
    [property: Id(2)] decimal Amount);

/// <summary>The same order at another quantity.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.price-break")]
public sealed record PriceBreak(
    [property: Id(0)] int Quantity,
    [property: Id(1)] decimal Net,
    [property: Id(2)] decimal Gross);

/// <summary>
/// A step of production in work-sheet order: prepress, make-ready and run on the press, each finishing operation,
/// packing. <see cref="Resource"/> names the press for printing; other steps go to any resource of their kind.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.production-process")]
public sealed record ProductionProcess(
    [property: Id(0)] string Id,
    [property: Id(1)] int Sequence,
    [property: Id(2)] string Name,
    [property: Id(3)] string ResourceKind,
    [property: Id(4)] string? Resource,
    [property: Id(5)] int Minutes);
