using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Orders;

/// <summary>
/// Whose move it is: the roles an order waits for, and what it waits for them to do. While production is on hold for
/// the prepayment (<see cref="OrderFacts.ProductionOnHold"/>, the rule the start of a process follows too), the shop
/// floor has nothing to do: the order waits for Accounting to record the payment, and its manager sees why.
/// </summary>
public static class OrderInbox
{
    private const Roles PrepaymentWaiters = Roles.Accountant | Roles.Manager;

    public static Roles AwaitedRoles(OrderFacts order) => order.Stage switch
    {
        OrderStage.Draft or OrderStage.AdjustmentsRequired => Roles.Manager,
        OrderStage.InReview => (order.Accounting == ReviewOutcome.Pending ? Roles.Accountant : Roles.None)
                               | (order.Qa == ReviewOutcome.Pending ? Roles.QA : Roles.None),
        OrderStage.Processing when order.ProcessingGaveUp => Roles.Administrator,

        // Planning may go ahead while the prepayment is awaited; production may not.
        OrderStage.Approved => Roles.Planner | (order.ProductionOnHold ? PrepaymentWaiters : Roles.None),
        OrderStage.Scheduled or OrderStage.InProduction => order.ProductionOnHold ? PrepaymentWaiters : Roles.Operator,
        _ => Roles.None,
    };

    /// <summary>The task for the first of the caller's roles the order waits for.</summary>
    public static string? TaskFor(Roles callerRoles, OrderFacts order)
    {
        var awaited = AwaitedRoles(order) & callerRoles;
        return order.Stage switch
        {
            _ when awaited == Roles.None => null,
            OrderStage.Draft => "Complete and submit the order form",
            OrderStage.AdjustmentsRequired => "Adjust the order and resubmit it",
            OrderStage.InReview when (awaited & Roles.Accountant) != 0 => "Review the price sheet",
            OrderStage.InReview => "Validate the order against the QA checklist",
            OrderStage.Processing => "Processing gave up: check the error and retry",
            _ when order.ProductionOnHold && (awaited & Roles.Accountant) != 0 => "Record the prepayment: production waits for it",
            _ when order.ProductionOnHold && (awaited & Roles.Manager) != 0 => "Production waits for the prepayment",
            OrderStage.Approved => "Schedule production",
            OrderStage.Scheduled => "Start production",
            OrderStage.InProduction => "Report production complete",
            _ => null,
        };
    }
}
