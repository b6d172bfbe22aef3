namespace DexFlow.Contracts.Orders.Views;

/// <summary>How automatic processing of the current revision went; an error stays visible until a retry succeeds.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.processing-view")]
public sealed record ProcessingView(
    [property: Id(0)] int Attempts,
    [property: Id(1)] string? LastError,
    [property: Id(2)] bool GaveUp);
