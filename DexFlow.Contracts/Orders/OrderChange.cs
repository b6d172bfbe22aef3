using DexFlow.Contracts.Orders.Views;

namespace DexFlow.Contracts.Orders;

/// <summary>
/// The order after a change asked for with an Idempotency-Key; <see cref="Replayed"/> is true when an earlier request
/// with the same key made the change, and this one changed nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-change")]
public sealed record OrderChange([property: Id(0)] OrderView Order, [property: Id(1)] bool Replayed);
