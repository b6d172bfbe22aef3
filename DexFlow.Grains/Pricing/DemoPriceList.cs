using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Pricing;

/// <summary>The price list a new installation starts with: a small offset shop's presses, stocks and finishing (version 1).</summary>
public static class DemoPriceList
{
    public static PriceList PriceList { get; } = new(
        Presses:
        [
            new Press("SM 52-2", 370, 520, PrintingUnits: 2, MakeReadyMinutesPerPlate: 12, SheetsPerHour: 8_000, HourlyRate: 95m),
            new Press("SM 74-4", 530, 740, PrintingUnits: 4, MakeReadyMinutesPerPlate: 10, SheetsPerHour: 12_000, HourlyRate: 145m),
            new Press("XL 106-5", 750, 1060, PrintingUnits: 5, MakeReadyMinutesPerPlate: 8, SheetsPerHour: 15_000, HourlyRate: 210m),
        ],
        PaperStocks:
        [
            new PaperStock("offset-90", "Offset 90 g/m², 450 × 640 mm", 90, 450, 640, 38m),
            new PaperStock("gloss-135", "Gloss 135 g/m², 450 × 640 mm", 135, 450, 640, 62m),
            new PaperStock("gloss-170", "Gloss 170 g/m², 450 × 640 mm", 170, 450, 640, 78m),
            new PaperStock("matt-300", "Matt 300 g/m², 450 × 640 mm", 300, 450, 640, 145m),
            new PaperStock("gloss-135-b1", "Gloss 135 g/m², 700 × 1000 mm", 135, 700, 1000, 148m),
        ],
        PlatePrice: 18m,
        MakeReadyWasteSheetsPerPlate: 25,
        RunningWastePercent: 3m,
        Finishing:
        [
            new FinishingOperation("cutting", "cutter", SetupCost: 15m, CostPer1000: 2.5m, UnitsPerHour: 12_000, SetupMinutes: 10),
            new FinishingOperation("folding", "folder", SetupCost: 25m, CostPer1000: 6m, UnitsPerHour: 8_000, SetupMinutes: 20),
            new FinishingOperation("saddle-stitching", "binder", SetupCost: 40m, CostPer1000: 28m, UnitsPerHour: 3_000, SetupMinutes: 30),
            new FinishingOperation("perfect-binding", "binder", SetupCost: 90m, CostPer1000: 120m, UnitsPerHour: 1_200, SetupMinutes: 45),
            new FinishingOperation("lamination", "laminator", SetupCost: 30m, CostPer1000: 45m, UnitsPerHour: 2_500, SetupMinutes: 15),
        ],
        MarginPercent: 20m,
        VatPercent: 19m,
        Prepayment: new PrepaymentPolicy(NewCustomers: true, NetThreshold: 5_000m, Percent: 30m),
        PriceBreakFactors: [2, 5],
        PrepressMinutesPerPlate: 6,
        PackingMinutesPer1000: 10);
}
