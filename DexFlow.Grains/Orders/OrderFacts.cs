using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Orders;

/// <summary>What the state machine needs to know about an order to judge an action.</summary>
/// <param name="ProductionOnHold">Production waits for the prepayment (<see cref="OrderState.ProductionOnHold"/>).</param>
/// <param name="Unsettled">Money is owed on the order's invoices (<see cref="OrderState.Unsettled"/>).</param>
/// <param name="ProcessesLeft">Scheduled processes not finished yet: finishing the last one completes the order.</param>
public readonly record struct OrderFacts(
    OrderStage Stage,
    ReviewOutcome Accounting,
    ReviewOutcome Qa,
    bool ProcessingGaveUp,
    bool ProductionOnHold = false,
    bool Unsettled = false,
    int ProcessesLeft = 0);
