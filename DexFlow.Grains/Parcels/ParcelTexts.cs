using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The text of a parcel's pages by page number, loaded from where reading stored it (<see cref="PageReadingStore"/>;
/// the parcel's state keeps none): what indexing, routing and the text view read documents by.
/// </summary>
public sealed class ParcelTexts(IReadOnlyDictionary<int, string> pages)
{
    /// <summary>Between the pages of a document's text, as splitting has always joined them.</summary>
    public const string PageBreak = "\n\f\n";

    public string OfPage(int number) => pages.GetValueOrDefault(number, "");

    /// <summary>A document's text: its own when it was read whole, else its pages' text one after another.</summary>
    public string Of(ParcelDocument document) => document.Text ?? string.Join(PageBreak, document.Pages.Select(OfPage));
}
