using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Pricing;

namespace DexFlow.Domain.Tests.Pricing;

public sealed class EstimatorTests
{
    private static readonly PriceList Prices = DemoPriceList.PriceList;

    private static PrintSpecification Flyer(int quantity = 5000, int front = 4, int back = 4, params string[] finishing) => new(
        ProductType.Flyer, "Spring flyer", FinishedWidthMm: 148, FinishedHeightMm: 210, Quantity: quantity, Pages: 2,
        ColoursFront: front, ColoursBack: back, PaperStock: "gloss-135", Finishing: [.. finishing], DueDate: null, DeliveryAddress: null, Notes: null);

    [Fact]
    public void An_A5_flyer_is_priced_line_by_line_as_worked_out_by_hand()
    {
        var estimate = Estimator.Estimate(Flyer(finishing: "cutting"), Prices, priceListVersion: 3, currency: "EUR");

        // A5 with 3 mm bleed is 154 × 216 mm; on a 450 × 640 mm sheet: upright 2 × 2 = 4, turned (216 × 154) 2 × 4 = 8.
        Assert.Equal(8, estimate.NumberUp);
        // 4/4: two pages per flyer, 16 page slots per sheet: one form; net sheets = ceil(5,000 × 2 / 16) = 625.
        Assert.Equal(1, estimate.Forms);
        Assert.Equal(625, estimate.NetSheets);
        // Plates = (4 + 4) colours × 1 form = 8; waste = 8 × 25 + ceil(625 × 3 %) = 200 + 19 = 219; total 844.
        Assert.Equal(8, estimate.Plates);
        Assert.Equal(219, estimate.WasteSheets);
        Assert.Equal(844, estimate.TotalSheets);
        // The SM 52-2 cannot take the sheet. SM 74-4 has 4 units: no side has more colours, so one pass.
        Assert.Equal("SM 74-4", estimate.Press);
        Assert.Equal(1, estimate.Passes);

        var lines = estimate.Lines.ToDictionary(line => line.Item, line => line.Amount);
        Assert.Equal(52.33m, lines["Paper"]);          // 844 / 1,000 × 62.00 = 52.328
        Assert.Equal(144.00m, lines["Plates"]);        // 8 × 18.00
        Assert.Equal(193.33m, lines["Make-ready"]);    // 8 × 10 min / 60 × 145.00 = 193.333
        Assert.Equal(10.20m, lines["Run"]);            // 1 × 844 / 12,000 × 145.00 = 10.1983
        Assert.Equal(27.50m, lines["cutting"]);        // 15.00 + 5,000 / 1,000 × 2.50
        Assert.Equal(427.36m, estimate.Subtotal);      // 52.33 + 144.00 + 193.33 + 10.20 + 27.50
        Assert.Equal(85.47m, estimate.Margin);         // 20 % of 427.36 = 85.472
        Assert.Equal(512.83m, estimate.Net);
        Assert.Equal(97.44m, estimate.Vat);            // 19 % of 512.83 = 97.4377
        Assert.Equal(610.27m, estimate.Gross);
        Assert.Equal((3, "EUR"), (estimate.PriceListVersion, estimate.Currency));

        // The XL 106-5 would cost more: make-ready 8 × 8 / 60 × 210 = 224.00 against 193.33, run 11.82 against 10.20.
        Assert.Equal([10_000, 25_000], estimate.PriceBreaks.Select(priceBreak => priceBreak.Quantity));
    }

    [Fact]
    public void The_work_sheet_processes_come_in_production_order_with_their_durations()
    {
        var estimate = Estimator.Estimate(Flyer(finishing: "cutting"), Prices, 1, "EUR");

        Assert.Equal(
            [
                ("prepress", "prepress", null, 48),      // 8 plates × 6 min
                ("make-ready", "press", "SM 74-4", 80),  // 8 plates × 10 min
                ("run", "press", "SM 74-4", 5),          // 1 pass × 844 sheets at 12,000/h = 4.22 min, rounded up
                ("finishing-1", "cutter", null, 35),     // 10 min setup + 5,000 at 12,000/h = 25 min
                ("packing", "packing", null, 50),        // 5,000 / 1,000 × 10 min
            ],
            estimate.Processes.Select(process => (process.Id, process.ResourceKind, process.Resource, process.Minutes)));
        Assert.Equal([1, 2, 3, 4, 5], estimate.Processes.Select(process => process.Sequence));
    }

    [Fact]
    public void A_press_with_fewer_units_than_colours_prints_in_several_passes()
    {
        var twoUnits = Prices with { Presses = [new Press("Two-colour", 800, 1100, PrintingUnits: 2, MakeReadyMinutesPerPlate: 10, SheetsPerHour: 10_000, HourlyRate: 100m)] };

        var estimate = Estimator.Estimate(Flyer(front: 4, back: 1), twoUnits, 1, "EUR");

        // The front's 4 colours need 2 passes on 2 units; the back's 1 colour fits in them.
        Assert.Equal(2, estimate.Passes);
        Assert.Equal(5, estimate.Plates);
        // Waste: 5 plates × 25 + ceil(625 × 3 %) = 144; total 625 + 144 = 769.
        Assert.Equal(769, estimate.TotalSheets);
        Assert.Equal(15.38m, estimate.Lines.Single(line => line.Item == "Run").Amount); // 2 × 769 / 10,000 × 100.00
    }

    [Fact]
    public void A_brochure_needs_a_form_per_sheet_of_pages()
    {
        var brochure = Flyer(quantity: 1000) with { Product = ProductType.Brochure, FinishedWidthMm = 210, FinishedHeightMm = 297, Pages = 16, Finishing = ["folding", "saddle-stitching"] };

        var estimate = Estimator.Estimate(brochure, Prices, 1, "EUR");

        // A4 + bleed = 216 × 303 mm: 2 × 2 = 4 up on 450 × 640 (turned: 1 × 2 = 2); 4 up × 2 sides = 8 pages per sheet.
        Assert.Equal(4, estimate.NumberUp);
        // 16 pages / 8 per form = 2 forms of 1,000 sheets each; plates = 8 colours × 2 forms.
        Assert.Equal(2, estimate.Forms);
        Assert.Equal(2000, estimate.NetSheets);
        Assert.Equal(16, estimate.Plates);
        Assert.Equal(["folding", "saddle-stitching"], estimate.Processes.Where(process => process.Id.StartsWith("finishing")).Select(process => process.Name));
    }

    [Fact]
    public void What_the_price_list_lacks_is_named_field_by_field()
    {
        var spec = Flyer(finishing: "Gold foil") with { PaperStock = "Vellum" };

        var problem = Assert.Throws<ValidationException>(() => Estimator.Estimate(spec, Prices, 1, "EUR"));

        Assert.Contains("Vellum", Assert.Single(problem.Errors["specification.paperStock"]));
        Assert.Contains("Gold foil", Assert.Single(problem.Errors["specification.finishing"]));
    }

    [Fact]
    public void Specifications_outside_the_order_forms_limits_are_refused_not_computed()
    {
        var huge = Flyer(quantity: 10_000_000) with { Pages = 2000 };
        var nonsense = Flyer(front: -1, finishing: [" "]) with { Pages = 1_000_000_000 };

        Assert.Contains("split the order", Assert.Single(Assert.Throws<ValidationException>(() => Estimator.Estimate(huge, Prices, 1, "EUR")).Errors["specification.quantity"]));
        var problems = Assert.Throws<ValidationException>(() => Estimator.Estimate(nonsense, Prices, 1, "EUR")).Errors;
        Assert.Equal(["specification.coloursFront", "specification.finishing", "specification.pages"], problems.Keys.Order());
    }

    [Fact]
    public void A_price_break_beyond_what_one_order_may_be_is_left_out_and_the_order_still_priced()
    {
        // A4 brochure of 400 pages: 8 pages per sheet, so 500,000 copies are 25 million sheets; the ×5 break would be 125 million.
        var catalogue = Flyer(quantity: 500_000) with { FinishedWidthMm = 210, FinishedHeightMm = 297, Pages = 400 };

        var estimate = Estimator.Estimate(catalogue, Prices, 1, "EUR");

        Assert.Equal(25_000_000, estimate.NetSheets);
        Assert.Equal([1_000_000], estimate.PriceBreaks.Select(priceBreak => priceBreak.Quantity));
    }

    [Fact]
    public void An_item_larger_than_the_sheet_is_refused()
    {
        var poster = Flyer() with { FinishedWidthMm = 700, FinishedHeightMm = 1000 };

        var problem = Assert.Throws<ValidationException>(() => Estimator.Estimate(poster, Prices, 1, "EUR"));

        Assert.Contains("does not fit", Assert.Single(problem.Errors["specification.finishedWidthMm"]));
    }

    [Theory]
    [InlineData(148, 210, 450, 640, 8)]
    [InlineData(210, 297, 450, 640, 4)]
    [InlineData(85, 55, 450, 640, 49)]     // business cards, 91 × 61 with bleed: upright 4 × 10 = 40, turned 7 × 7 = 49
    [InlineData(444, 634, 450, 640, 1)]
    [InlineData(445, 634, 450, 640, 0)]
    public void Number_up_takes_the_better_orientation(int width, int height, int sheetWidth, int sheetHeight, int expected)
    {
        Assert.Equal(expected, Estimator.NumberUp(width, height, sheetWidth, sheetHeight));
    }
}
