namespace DexFlow.Contracts.Orders.Views;

[GenerateSerializer, Immutable, Alias("dexflow.cancellation-view")]
public sealed record CancellationView(
    [property: Id(0)] string Reason,
    [property: Id(1)] string CancelledBy,
    [property: Id(2)] DateTimeOffset CancelledAt);
