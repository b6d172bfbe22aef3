namespace DexFlow.Contracts.Parcels;

/// <summary>What the capture point knows about a delivery besides its files (all optional).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.delivery-details")]
public sealed record DeliveryDetails(
    [property: Id(0)] string? Sender,
    [property: Id(1)] string? Subject,
    [property: Id(2)] string? MessageId,
    [property: Id(3)] string? StationId,
    [property: Id(4)] DateTimeOffset? SentAt,
    [property: Id(5)] string? BodyText,
    [property: Id(6)] string? Note)
{
    public static DeliveryDetails None { get; } = new(null, null, null, null, null, null, null);
}
