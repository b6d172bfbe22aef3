using System.Collections.Immutable;

namespace DexFlow.Contracts.Parcels;

/// <summary>
/// One arrival at a capture point. <see cref="DeliveryKey"/> identifies it at that capture point (a message id, a
/// file's path and hash, a client's Idempotency-Key): the same delivery always lands on the same parcel.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.delivery")]
public sealed record Delivery(
    [property: Id(0)] string CapturePointId,
    [property: Id(1)] CaptureChannel Channel,
    [property: Id(2)] string DeliveryKey,
    [property: Id(3)] ImmutableArray<IncomingFile> Files,
    [property: Id(4)] DeliveryDetails Details)
{
    public string ParcelId => ParcelIds.For(CapturePointId, DeliveryKey);
}
