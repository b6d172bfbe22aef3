using System.Collections.Immutable;

namespace DexFlow.Contracts.Pricing;

/// <summary>
/// What printing costs here (domain.md §5), as data an administrator edits: every publication is a new version and an
/// order records the version it was priced with. Amounts are in the configured currency.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.price-list")]
public sealed record PriceList(
    [property: Id(0)] ImmutableArray<Press> Presses,
    [property: Id(1)] ImmutableArray<PaperStock> PaperStocks,
    [property: Id(2)] decimal PlatePrice,
    [property: Id(3)] int MakeReadyWasteSheetsPerPlate,
    [property: Id(4)] decimal RunningWastePercent,
    [property: Id(5)] ImmutableArray<FinishingOperation> Finishing,
    [property: Id(6)] decimal MarginPercent,
    [property: Id(7)] decimal VatPercent,
    [property: Id(8)] PrepaymentPolicy Prepayment,
    [property: Id(9)] ImmutableArray<int> PriceBreakFactors,
    [property: Id(10)] int PrepressMinutesPerPlate,
    [property: Id(11)] int PackingMinutesPer1000);

/// <summary>A printing press: the largest sheet it takes, its printing units (colours per pass), speed and rate.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.press")]
public sealed record Press(
    [property: Id(0)] string Name,
    [property: Id(1)] int MaxSheetWidthMm,
    [property: Id(2)] int MaxSheetHeightMm,
    [property: Id(3)] int PrintingUnits,
    [property: Id(4)] int MakeReadyMinutesPerPlate,
    [property: Id(5)] int SheetsPerHour,
    [property: Id(6)] decimal HourlyRate);

/// <summary>A paper stock: <see cref="Name"/> is the code order forms use (e.g. <c>gloss-135</c>), the description what people read.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.paper-stock")]
public sealed record PaperStock(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] int Grammage,
    [property: Id(3)] int SheetWidthMm,
    [property: Id(4)] int SheetHeightMm,
    [property: Id(5)] decimal PricePer1000);

/// <summary>A finishing operation and the kind of resource that does it (cutter, folder, binder, ...), for planning.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.finishing-operation")]
public sealed record FinishingOperation(
    [property: Id(0)] string Name,
    [property: Id(1)] string ResourceKind,
    [property: Id(2)] decimal SetupCost,
    [property: Id(3)] decimal CostPer1000,
    [property: Id(4)] int UnitsPerHour,
    [property: Id(5)] int SetupMinutes);

/// <summary>
/// When approval issues a prepayment invoice: for customers without a completed order (when <see cref="NewCustomers"/>),
/// or when the net total is above <see cref="NetThreshold"/>; it asks <see cref="Percent"/> of the gross total.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.prepayment-policy")]
public sealed record PrepaymentPolicy(
    [property: Id(0)] bool NewCustomers,
    [property: Id(1)] decimal NetThreshold,
    [property: Id(2)] decimal Percent);
