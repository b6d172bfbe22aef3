using DexFlow.Web.Api;

namespace DexFlow.Web.Tests.Components;

/// <summary>The API's answers the form and money tests start from.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static PriceListVersion PriceList { get; } = new(3,
        new PriceList
        {
            Presses = [new Press { Name = "SM 74-4", MaxSheetWidthMm = 530, MaxSheetHeightMm = 740, PrintingUnits = 4 }],
            PaperStocks =
            [
                new PaperStock { Name = "gloss-135", Description = "Gloss 135 g/m²", Grammage = 135, SheetWidthMm = 450, SheetHeightMm = 640 },
                new PaperStock { Name = "matt-300", Description = "Matt 300 g/m²", Grammage = 300, SheetWidthMm = 450, SheetHeightMm = 640 },
            ],
            PlatePrice = 18m,
            RunningWastePercent = 3m,
            Finishing =
            [
                new FinishingOperation { Name = "cutting", ResourceKind = "cutter" },
                new FinishingOperation { Name = "folding", ResourceKind = "folder" },
                new FinishingOperation { Name = "lamination", ResourceKind = "laminator" },
            ],
            MarginPercent = 20m,
            VatPercent = 19m,
        },
        "admin", At, "Spring prices");

    public static SpecificationView Specification { get; } = new("Flyer", "Spring flyer", 148, 210, 5000, 2, 4, 4, "gloss-135", ["cutting"],
        new DateOnly(2026, 5, 4), "Lager 3, 10115 Berlin", "Deliver before noon");

    public static CustomerView Customer { get; } = new("Acme GmbH", "C-1001", "Jane Doe", "jane@acme.test", "Hauptstr. 1, 10115 Berlin", "DE123456789");

    public static OrderView Order(string number, OrderStage stage = OrderStage.Draft, long version = 1, IReadOnlyList<OrderAction>? actions = null,
        SpecificationView? specification = null, CustomerView? customer = null, InvoicingView? invoicing = null) =>
        new(number, stage, 1, version, "manager", "Manager", (customer ?? Customer).Name, "Flyer", "Spring flyer", 5000, null, At, At,
            actions ?? [OrderAction.Edit, OrderAction.Submit], null, null, specification ?? Specification, customer ?? Customer, null, null, null, [],
            invoicing, null);

    /// <summary>An estimate whose net is a tenth of the quantity, so that a test can tell which quantity was priced.</summary>
    public static Estimate EstimateFor(int quantity)
    {
        var net = quantity / 10m;
        return new Estimate(3, "EUR", quantity, "SM 74-4", "gloss-135", 8, 8, quantity / 8, 200,
            [new EstimateLine("Paper", $"{quantity / 8} sheets", net / 2), new EstimateLine("Run", "2 passes", net / 2)],
            net, 0m, net, net * 0.19m, net * 1.19m, [new PriceBreak(quantity * 2, net * 2, net * 2.38m)]);
    }
}
