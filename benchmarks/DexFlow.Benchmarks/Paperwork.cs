using System.Diagnostics;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Paperwork;
using DexFlow.Grains.Pricing;

namespace DexFlow.Benchmarks;

/// <summary>
/// Estimates per second on one thread over a mix of realistic specifications (flyers, brochures, posters, business
/// cards; with and without finishing), and generated PDF documents (work sheet and price sheet) per second, on one
/// thread and on all cores.
/// </summary>
public static class Paperwork
{
    public sealed record Figures(double EstimatesPerSecond, double PdfsPerSecondOneThread, double PdfsPerSecondAllCores, int PdfBytes);

    private static readonly OrderDraft[] Drafts =
    [
        Draft(ProductType.Flyer, 148, 210, 5_000, 2, 4, 4, "gloss-135", ["cutting"]),
        Draft(ProductType.Flyer, 99, 210, 25_000, 2, 4, 0, "offset-90", ["cutting", "folding"]),
        Draft(ProductType.Brochure, 210, 297, 2_000, 16, 4, 4, "gloss-170", ["folding", "saddle-stitching"]),
        Draft(ProductType.Brochure, 148, 210, 800, 64, 4, 4, "gloss-135-b1", ["folding", "perfect-binding"]),
        Draft(ProductType.Poster, 420, 594, 300, 1, 4, 0, "gloss-135-b1", ["lamination"]),
        Draft(ProductType.BusinessCard, 85, 55, 250, 2, 4, 4, "matt-300", ["lamination", "cutting"]),
    ];

    public static Figures Run(TimeSpan duration)
    {
        var prices = DemoPriceList.PriceList;
        var estimates = Drafts.Select(draft => Estimator.Estimate(draft.Specification, prices, 1, "EUR")).ToArray();
        Measure(() => Estimate(prices), TimeSpan.FromSeconds(1));
        var estimatesPerSecond = Measure(() => Estimate(prices), duration) * Drafts.Length;

        var bytes = Render(estimates, 0);
        Measure(() => Render(estimates, 0), TimeSpan.FromSeconds(1));
        var oneThread = Measure(() => Render(estimates, 0), duration) * 2;
        var allCores = MeasureParallel(index => Render(estimates, index), duration) * 2;
        return new Figures(estimatesPerSecond, oneThread, allCores, bytes);
    }

    private static void Estimate(PriceList prices)
    {
        foreach (var draft in Drafts)
        {
            Estimator.Estimate(draft.Specification, prices, 1, "EUR");
        }
    }

    private static int Render(Estimate[] estimates, long index)
    {
        var which = (int)(index % Drafts.Length);
        var at = DateTimeOffset.UtcNow;
        var code = new BarcodeConventions().OrderCode("2026-000001");
        return WorkSheetPdf.Render("2026-000001", 1, Drafts[which], estimates[which], code, at).Length
               + PriceSheetPdf.Render("2026-000001", 1, Drafts[which], estimates[which], code, at).Length;
    }

    /// <summary>Calls per second of <paramref name="work"/> on this thread.</summary>
    private static double Measure(Action work, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        long calls = 0;
        while (watch.Elapsed < duration)
        {
            work();
            calls++;
        }

        return calls / watch.Elapsed.TotalSeconds;
    }

    private static double Measure(Func<int> work, TimeSpan duration) => Measure(() => { work(); }, duration);

    private static double MeasureParallel(Func<long, int> work, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        long calls = 0;
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (watch.Elapsed < duration)
            {
                work(Interlocked.Increment(ref calls));
            }
        });
        return calls / watch.Elapsed.TotalSeconds;
    }

    private static OrderDraft Draft(ProductType product, int width, int height, int quantity, int pages, int front, int back, string paper, string[] finishing) => new(
        new CustomerDetails("Benchmark GmbH", "C-1", null, null, "Hauptstraße 1, Berlin", "DE123456789"),
        new PrintSpecification(product, $"{product} {width}×{height}", width, height, quantity, pages, front, back, paper, [.. finishing],
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), "Hauptstraße 1, Berlin", "Proof before the run."));
}
