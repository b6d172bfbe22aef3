using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Routing;

/// <summary>What the rules can know about one document of a parcel.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.routing-facts")]
public sealed record RoutingFacts(
    [property: Id(0)] string ParcelId,
    [property: Id(1)] int DocumentIndex,
    [property: Id(2)] string Channel,
    [property: Id(3)] string CapturePoint,
    [property: Id(4)] string? Sender,
    [property: Id(5)] string? Subject,
    [property: Id(6)] string? FileName,
    [property: Id(7)] DocumentType? DocumentType,
    [property: Id(8)] double DocumentTypeConfidence,
    [property: Id(9)] ImmutableArray<Barcode> Barcodes,
    [property: Id(10)] ImmutableArray<FieldValue> Fields,
    [property: Id(11)] string Text,
    [property: Id(12)] int PageCount,
    [property: Id(13)] string? CoverSheetOrder,
    [property: Id(14)] bool NeedsReview,
    [property: Id(15)] bool Unreadable = false)
{
    /// <summary>
    /// The facts as the rules expect them when a client wrote them (a dry run): what was left out is empty, and
    /// incomplete barcodes and fields are dropped, so that any JSON object is a set of facts the rules can judge.
    /// </summary>
    public RoutingFacts Completed() => this with
    {
        ParcelId = ParcelId ?? "",
        Channel = Channel ?? "",
        CapturePoint = CapturePoint ?? "",
        Text = Text ?? "",
        Barcodes = Barcodes.IsDefault ? [] : [.. Barcodes.Where(barcode => barcode is { Format: not null, Text: not null })],
        Fields = Fields.IsDefault ? [] : [.. Fields.Where(field => field is { Name: not null, Value: not null }).Select(field => field with { Source = field.Source ?? "" })],
    };
}
