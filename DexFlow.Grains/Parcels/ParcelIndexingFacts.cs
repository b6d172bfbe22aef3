using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Parcels;

/// <summary>What the reports tell of a parcel's indexing: who indexed it, and how sure reading its pages by OCR was.</summary>
public static class ParcelIndexingFacts
{
    public const string ByDexFlow = "DexFlow";
    public const string ByClerk = "Clerk";

    /// <summary>Once routed: <see cref="ByClerk"/> when it waited for manual indexing on the way, else <see cref="ByDexFlow"/>.</summary>
    public static string? IndexedBy(ParcelState state) =>
        state.Stage != ParcelStage.Routed ? null
        : state.Audit.Any(entry => entry.To == ParcelStage.ManualIndexing) ? ByClerk
        : ByDexFlow;

    public static IEnumerable<PageReading> OcrPages(ParcelState state) =>
        state.Pages.Select(page => page.Reading).Where(reading => reading.Source == TextSource.Ocr);

    /// <summary>The mean confidence (0–100) of the pages read by OCR; null when none was.</summary>
    public static float? OcrConfidence(ParcelState state)
    {
        var pages = OcrPages(state).ToArray();
        return pages.Length == 0 ? null : (float)pages.Average(reading => reading.Confidence);
    }
}
