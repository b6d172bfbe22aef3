using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Pricing;

/// <summary>
/// The estimate of domain.md §5, line by line. Pure: the same specification and price list always give the same
/// estimate. Of the presses that take the paper's sheet, the cheapest for the order is chosen (per quantity, so a price
/// break may run on another press).
/// </summary>
public static class Estimator
{
    /// <summary>Bleed added on each side of a finished item when it is laid out on the sheet.</summary>
    public const int BleedMm = 3;

    /// <summary>The most sheets one estimate covers; larger jobs are split into several orders.</summary>
    public const int MaxSheets = 100_000_000;

    /// <summary>Throws <see cref="Contracts.Errors.ValidationException"/> when the order names what the price list does not have, or cannot be printed on it.</summary>
    public static Estimate Estimate(PrintSpecification spec, PriceList prices, int priceListVersion, string currency)
    {
        var job = Job.From(spec, prices);
        var (press, cost) = Cheapest(job, job.Quantity, prices);
        // A break is left out when it goes beyond what one order may be (quantity or sheets); the order itself stands.
        var breaks = (prices.PriceBreakFactors.IsDefault ? [] : prices.PriceBreakFactors)
            .Select(factor => (long)job.Quantity * factor)
            .Where(quantity => quantity <= Job.MaxQuantity)
            .Select(quantity => PriceBreakAt(job, (int)quantity, prices))
            .OfType<PriceBreak>();
        return new Estimate(
            priceListVersion, currency, job.Quantity, press.Name, job.Paper.Name, job.NumberUp, cost.Sheets.Forms, cost.Sheets.Plates,
            cost.Sheets.Passes, cost.Sheets.Net, cost.Sheets.Waste, cost.Lines, cost.Subtotal, cost.Margin, cost.Net, cost.Vat, cost.Gross,
            [.. breaks], Processes(job, press, cost.Sheets, prices));
    }

    /// <summary>Finished items (with bleed) per sheet, the better of the two orientations.</summary>
    public static int NumberUp(int itemWidthMm, int itemHeightMm, int sheetWidthMm, int sheetHeightMm)
    {
        int Fit(int width, int height) => sheetWidthMm / width * (sheetHeightMm / height);
        var (width, height) = (itemWidthMm + 2 * BleedMm, itemHeightMm + 2 * BleedMm);
        return Math.Max(Fit(width, height), Fit(height, width));
    }

    /// <summary>Commercial rounding to cents.</summary>
    public static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static PriceBreak? PriceBreakAt(Job job, int quantity, PriceList prices)
    {
        try
        {
            var cost = Cheapest(job, quantity, prices).Cost;
            return new PriceBreak(quantity, cost.Net, cost.Gross);
        }
        catch (ValidationException)
        {
            return null;
        }
    }

    private static (Press Press, Cost Cost) Cheapest(Job job, int quantity, PriceList prices) =>
        job.Presses
            .Select(press => (Press: press, Cost: Price(job, quantity, press, prices)))
            .MinBy(candidate => candidate.Cost.Net);

    private static Cost Price(Job job, int quantity, Press press, PriceList prices)
    {
        var sheets = Sheets.For(job, quantity, press, prices);
        var lines = ImmutableArray.CreateBuilder<EstimateLine>();
        lines.Add(new EstimateLine("Paper",
            $"{N(sheets.Total)} sheets ({N(sheets.Net)} net + {N(sheets.Waste)} waste) × {M(job.Paper.PricePer1000)} / 1,000, {job.Paper.Description}",
            Money(sheets.Total / 1000m * job.Paper.PricePer1000)));
        lines.Add(new EstimateLine("Plates", $"{sheets.Plates} plates × {M(prices.PlatePrice)}", Money(sheets.Plates * prices.PlatePrice)));
        lines.Add(new EstimateLine("Make-ready",
            $"{sheets.Plates} plates × {press.MakeReadyMinutesPerPlate} min at {M(press.HourlyRate)}/h on {press.Name}",
            Money(sheets.Plates * press.MakeReadyMinutesPerPlate / 60m * press.HourlyRate)));
        lines.Add(new EstimateLine("Run",
            $"{sheets.Passes} passes × {N(sheets.Total)} sheets ÷ {N(press.SheetsPerHour)}/h × {M(press.HourlyRate)}/h on {press.Name}",
            Money((decimal)sheets.Passes * sheets.Total / press.SheetsPerHour * press.HourlyRate)));
        foreach (var operation in job.Finishing)
        {
            lines.Add(new EstimateLine(operation.Name,
                $"{M(operation.SetupCost)} setup + {N(quantity)} × {M(operation.CostPer1000)} / 1,000",
                Money(operation.SetupCost + quantity / 1000m * operation.CostPer1000)));
        }

        var subtotal = lines.Sum(line => line.Amount);
        var margin = Money(subtotal * prices.MarginPercent / 100m);
        var net = subtotal + margin;
        var vat = Money(net * prices.VatPercent / 100m);
        return new Cost(sheets, lines.ToImmutable(), subtotal, margin, net, vat, net + vat);
    }

    private static ImmutableArray<ProductionProcess> Processes(Job job, Press press, Sheets sheets, PriceList prices)
    {
        var steps = new List<(string Id, string Name, string Kind, string? Resource, int Minutes)>
        {
            ("prepress", $"Prepress: {sheets.Plates} plates", ResourceKinds.Prepress, null, sheets.Plates * prices.PrepressMinutesPerPlate),
            ("make-ready", $"Make-ready on {press.Name}", ResourceKinds.Press, press.Name, sheets.Plates * press.MakeReadyMinutesPerPlate),
            ("run", $"Run: {sheets.Passes} passes × {N(sheets.Total)} sheets on {press.Name}", ResourceKinds.Press, press.Name,
                CeilingMinutes(sheets.Passes * (long)sheets.Total, press.SheetsPerHour)),
        };
        steps.AddRange(job.Finishing.Select((operation, index) => (
            $"finishing-{index + 1}", operation.Name, operation.ResourceKind, (string?)null,
            operation.SetupMinutes + CeilingMinutes(job.Quantity, operation.UnitsPerHour))));
        steps.Add(("packing", "Packing", ResourceKinds.Packing, null, Math.Max(1, CeilingMinutes(job.Quantity * (long)prices.PackingMinutesPer1000, 60_000))));
        return [.. steps.Select((step, index) => new ProductionProcess(step.Id, index + 1, step.Name, step.Kind, step.Resource, Math.Max(1, step.Minutes)))];
    }

    /// <summary>Minutes to do <paramref name="units"/> at <paramref name="perHour"/>, rounded up.</summary>
    private static int CeilingMinutes(long units, int perHour) => (int)((units * 60 + perHour - 1) / perHour);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string M(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private sealed record Cost(Sheets Sheets, ImmutableArray<EstimateLine> Lines, decimal Subtotal, decimal Margin, decimal Net, decimal Vat, decimal Gross);

    /// <summary>
    /// How the job lays out: a sheet carries <c>NumberUp</c> items per printed side; items of several pages take one
    /// slot per page, and a form is one sheet's worth of slots (both sides when the back is printed).
    /// </summary>
    private sealed record Sheets(int Forms, int Plates, int Passes, int Net, int Waste)
    {
        public int Total => Net + Waste;

        public static Sheets For(Job job, int quantity, Press press, PriceList prices)
        {
            var sides = job.ColoursBack > 0 ? 2 : 1;
            var slots = job.NumberUp * sides;
            var forms = (job.Pages + slots - 1) / slots;
            var net = 0L;
            for (var form = 0; form < forms; form++)
            {
                var pagesOnForm = Math.Min(slots, job.Pages - form * slots);
                net += ((long)quantity * pagesOnForm + slots - 1) / slots;
            }

            var plates = (job.ColoursFront + job.ColoursBack) * forms;
            // domain.md §5: more than one pass only when a side has more colours than the press has units.
            var passes = Math.Max(PassesFor(job.ColoursFront, press), PassesFor(job.ColoursBack, press));
            var waste = (long)plates * prices.MakeReadyWasteSheetsPerPlate + (long)Math.Ceiling(net * prices.RunningWastePercent / 100m);
            return net + waste > MaxSheets
                ? throw ValidationException.For("specification.quantity", $"{net + waste:N0} sheets is more than one order can be priced for ({MaxSheets:N0}); split the order.")
                : new Sheets(forms, plates, passes, (int)net, (int)waste);
        }

        private static int PassesFor(int colours, Press press) => (colours + press.PrintingUnits - 1) / press.PrintingUnits;
    }

    /// <summary>The order's specification checked against the price list.</summary>
    private sealed record Job(
        int Quantity, int Pages, int ColoursFront, int ColoursBack, PaperStock Paper, int NumberUp,
        ImmutableArray<Press> Presses, ImmutableArray<FinishingOperation> Finishing)
    {
        // The order form's limits (OrderFormRules), checked here too: estimates are also asked for directly.
        public const int MaxQuantity = 10_000_000;
        private const int MaxPages = 2000;
        private const int MaxColours = 8;

        public static Job From(PrintSpecification spec, PriceList prices)
        {
            var problems = new Problems();

            if (spec.Quantity is not (> 0 and <= MaxQuantity)) problems.Add("specification.quantity", $"Required, 1 to {MaxQuantity:N0}.");
            if (spec.FinishedWidthMm is not (> 0 and <= 5000)) problems.Add("specification.finishedWidthMm", "Required, 1 to 5,000 mm.");
            if (spec.FinishedHeightMm is not (> 0 and <= 5000)) problems.Add("specification.finishedHeightMm", "Required, 1 to 5,000 mm.");
            if (spec.Pages is not (null or (> 0 and <= MaxPages))) problems.Add("specification.pages", $"1 to {MaxPages:N0}.");
            var front = spec.ColoursFront ?? 0;
            var back = spec.ColoursBack ?? 0;
            if (front is < 0 or > MaxColours || back is < 0 or > MaxColours) problems.Add("specification.coloursFront", $"0 to {MaxColours} colours per side.");
            else if (front + back == 0) problems.Add("specification.coloursFront", "At least one side must be printed.");

            var paper = prices.PaperStocks.FirstOrDefault(stock => string.Equals(stock.Name, spec.PaperStock?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (paper is null)
            {
                problems.Add("specification.paperStock", $"'{spec.PaperStock}' is not in the price list; choose one of: {string.Join(", ", prices.PaperStocks.Select(stock => stock.Name))}.");
            }

            var finishing = ImmutableArray.CreateBuilder<FinishingOperation>();
            foreach (var name in spec.Finishing.IsDefault ? [] : spec.Finishing)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    problems.Add("specification.finishing", "Operations must be named.");
                    continue;
                }

                var operation = prices.Finishing.FirstOrDefault(candidate => string.Equals(candidate.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
                if (operation is null)
                {
                    problems.Add("specification.finishing", $"'{name}' is not in the price list; choose from: {string.Join(", ", prices.Finishing.Select(candidate => candidate.Name))}.");
                }
                else
                {
                    finishing.Add(operation);
                }
            }

            var numberUp = 0;
            var presses = ImmutableArray<Press>.Empty;
            if (paper is not null && spec is { FinishedWidthMm: > 0, FinishedHeightMm: > 0 })
            {
                numberUp = Estimator.NumberUp(spec.FinishedWidthMm.Value, spec.FinishedHeightMm.Value, paper.SheetWidthMm, paper.SheetHeightMm);
                if (numberUp == 0)
                {
                    problems.Add("specification.finishedWidthMm",
                        $"{spec.FinishedWidthMm} × {spec.FinishedHeightMm} mm with {BleedMm} mm bleed does not fit on a {paper.SheetWidthMm} × {paper.SheetHeightMm} mm sheet of {paper.Name}.");
                }

                presses = [.. prices.Presses.Where(press => Takes(press, paper))];
                if (presses.IsEmpty)
                {
                    problems.Add("specification.paperStock", $"No press takes {paper.Name}'s {paper.SheetWidthMm} × {paper.SheetHeightMm} mm sheets.");
                }
            }

            problems.ThrowIfAny();

            // A double-sided item has at least two pages, whatever the form says.
            return new Job(spec.Quantity!.Value, Math.Max(spec.Pages ?? 1, back > 0 ? 2 : 1), front, back, paper!, numberUp, presses, finishing.ToImmutable());
        }

        private static bool Takes(Press press, PaperStock paper) =>
            (paper.SheetWidthMm <= press.MaxSheetWidthMm && paper.SheetHeightMm <= press.MaxSheetHeightMm) ||
            (paper.SheetHeightMm <= press.MaxSheetWidthMm && paper.SheetWidthMm <= press.MaxSheetHeightMm);
    }
}
