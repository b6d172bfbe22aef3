namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' price list (GET /api/pricing/price-list): the order form's pickers offer its entries,
// so a manager chooses codes the estimate knows instead of typing them.

/// <summary>A published version of the price list; <see cref="PriceList"/> is null only in history listings.</summary>
public sealed record PriceListVersion(int Version, PriceList? PriceList, string PublishedBy, DateTimeOffset PublishedAt, string Comment);

public sealed record PriceList(
    IReadOnlyList<Press> Presses,
    IReadOnlyList<PaperStock> PaperStocks,
    decimal PlatePrice,
    decimal RunningWastePercent,
    IReadOnlyList<FinishingOperation> Finishing,
    decimal MarginPercent,
    decimal VatPercent);

public sealed record Press(string Name, int MaxSheetWidthMm, int MaxSheetHeightMm, int PrintingUnits);

/// <summary>A paper stock: <see cref="Name"/> is the code an order form sends, <see cref="Description"/> what people read.</summary>
public sealed record PaperStock(string Name, string Description, int Grammage, int SheetWidthMm, int SheetHeightMm);

/// <summary>A finishing operation; its <see cref="Name"/> is the code an order form sends.</summary>
public sealed record FinishingOperation(string Name, string ResourceKind);
