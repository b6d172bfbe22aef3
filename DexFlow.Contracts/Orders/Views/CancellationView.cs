namespace DexFlow.Contracts.Orders.Views;

/// <summary>Why and when the order was cancelled; who cancelled it only for callers who see the order's parties.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.cancellation-view")]
public sealed record CancellationView(
    [property: Id(0)] string Reason,
    [property: Id(1)] string? CancelledBy,
    [property: Id(2)] DateTimeOffset CancelledAt);
