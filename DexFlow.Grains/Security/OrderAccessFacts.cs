using System.Collections.Immutable;
using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Security;

/// <summary>What the access policy needs to know about an order.</summary>
/// <param name="ReachedReview">Whether the order has ever been in review; reviewers keep seeing it when it is cancelled later.</param>
/// <param name="Resources">The resources its processes are booked on: operators of those resources see it.</param>
public readonly record struct OrderAccessFacts(OrderStage Stage, string ManagerId, bool ReachedReview, ImmutableArray<string> Resources = default);
