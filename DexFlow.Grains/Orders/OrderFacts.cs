using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Orders;

/// <summary>What the state machine needs to know about an order to judge an action.</summary>
public readonly record struct OrderFacts(
    OrderStage Stage,
    ReviewOutcome Accounting,
    ReviewOutcome Qa,
    bool ProcessingGaveUp);
