using System.Collections.Immutable;

namespace DexFlow.Contracts.Parcels;

/// <summary>One page of a parcel list and how many parcels match in all.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-queue-page")]
public sealed record ParcelQueuePage(
    [property: Id(0)] ImmutableArray<ParcelSummary> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] long Total);
