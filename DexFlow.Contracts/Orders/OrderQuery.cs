namespace DexFlow.Contracts.Orders;

/// <summary>Filters for order lists; every filter is optional. <see cref="Archived"/> true lists only the archive.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-query")]
public sealed record OrderQuery(
    [property: Id(0)] OrderStage? Stage,
    [property: Id(1)] string? Customer,
    [property: Id(2)] string? Text,
    [property: Id(3)] bool? Archived,
    [property: Id(4)] int Page,
    [property: Id(5)] int PageSize);
