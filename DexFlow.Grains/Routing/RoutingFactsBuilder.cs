using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Routing;
using DexFlow.Grains.Parcels;

namespace DexFlow.Grains.Routing;

/// <summary>Gathers what the rules may know about one document of a parcel.</summary>
public static class RoutingFactsBuilder
{
    public static RoutingFacts For(ParcelState parcel, int index, ParcelTexts texts)
    {
        var document = parcel.Documents[index];
        var pages = parcel.Pages.Where(page => document.Pages.Contains(page.Number)).ToArray();
        var file = document.FileIndex >= 0 ? parcel.Files[document.FileIndex] : null;
        return new RoutingFacts(
            parcel.Id,
            index,
            parcel.Channel.ToString(),
            parcel.CapturePointId,
            parcel.Details.Sender,
            parcel.Details.Subject,
            file?.FileName,
            document.Type,
            document.TypeConfidence,
            [.. pages.SelectMany(page => page.Reading.Barcodes).Distinct()],
            document.Fields,
            texts.Of(document),
            pages.Count(page => page.Role is PageRole.Content or PageRole.Blank),
            document.CoverOrder,
            !document.ReviewReasons.IsEmpty,
            document.Text is null && document.Pages.IsEmpty);
    }
}
