using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Orders;

/// <summary>Whose move it is: the roles an order waits for, and what it waits for them to do.</summary>
public static class OrderInbox
{
    public static Roles AwaitedRoles(OrderFacts order) => order.Stage switch
    {
        OrderStage.Draft or OrderStage.AdjustmentsRequired => Roles.Manager,
        OrderStage.InReview => (order.Accounting == ReviewOutcome.Pending ? Roles.Accountant : Roles.None)
                               | (order.Qa == ReviewOutcome.Pending ? Roles.QA : Roles.None),
        OrderStage.Processing when order.ProcessingGaveUp => Roles.Administrator,
        OrderStage.Approved => Roles.Planner,
        OrderStage.Scheduled or OrderStage.InProduction => Roles.Operator,
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
            OrderStage.Approved => "Schedule production",
            OrderStage.Scheduled => "Start production",
            OrderStage.InProduction => "Report production complete",
            _ => null,
        };
    }
}
