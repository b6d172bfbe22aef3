using System.Collections.Immutable;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// What a stored file turned out to be: its real media type and page count, or why it cannot be read. Word
/// documents bring their text; e-mails their details and attachments (already stored as content).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.file-inspection")]
public sealed record FileInspection(
    [property: Id(0)] string MediaType,
    [property: Id(1)] int PageCount,
    [property: Id(2)] string? Problem,
    [property: Id(3)] string? Text,
    [property: Id(4)] DeliveryDetails? Email,
    [property: Id(5)] ImmutableArray<IncomingFile> Attachments);
