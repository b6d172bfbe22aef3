using System.ComponentModel;
using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders;

/// <summary>
/// What is to be printed. Every field may be empty while the order is a draft; submission requires the ones the
/// estimate needs. Paper stock and finishing operations name entries of the price list.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.print-specification")]
public sealed record PrintSpecification(
    [property: Id(0)] ProductType? Product,
    [property: Id(1)] string? Title,
    [property: Id(2)] int? FinishedWidthMm,
    [property: Id(3)] int? FinishedHeightMm,
    [property: Id(4)] int? Quantity,
    [property: Id(5)] int? Pages,
    [property: Id(6)] int? ColoursFront,
    [property: Id(7)] int? ColoursBack,
    [property: Id(8), Description("The code of a paper stock in the price list in force (GET /api/pricing/price-list: paperStocks[].code).")] string? PaperStock,
    [property: Id(9), Description("Codes of finishing operations in the price list in force (GET /api/pricing/price-list: finishing[].code), in the order they are done.")] ImmutableArray<string> Finishing,
    [property: Id(10)] DateOnly? DueDate,
    [property: Id(11)] string? DeliveryAddress,
    [property: Id(12)] string? Notes)
{
    public static PrintSpecification Empty { get; } =
        new(null, null, null, null, null, null, null, null, null, [], null, null, null);
}
