using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders.Views;

[GenerateSerializer, Immutable, Alias("dexflow.order-page")]
public sealed record OrderPage(
    [property: Id(0)] ImmutableArray<OrderSummary> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] long Total);
