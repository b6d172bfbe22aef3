using DexFlow.Contracts.Orders.Views;

namespace DexFlow.Contracts.Orders;

/// <summary>The created order; <see cref="Replayed"/> is true when an earlier request with the same Idempotency-Key made it.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.created-order")]
public sealed record CreatedOrder([property: Id(0)] OrderView Order, [property: Id(1)] bool Replayed);
