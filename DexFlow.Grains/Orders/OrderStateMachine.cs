using System.Collections.Frozen;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using static DexFlow.Contracts.Orders.OrderStage;

namespace DexFlow.Grains.Orders;

/// <summary>
/// The order lifecycle of domain.md §2 in one table: for every action, who may take it and from which stages, and where
/// it leads. Who comes first: an actor the rule does not name is forbidden whatever the stage; a named actor in the
/// wrong stage is refused as an illegal transition.
/// </summary>
public static class OrderStateMachine
{
    /// <param name="Roles">Roles that may take the action.</param>
    /// <param name="OwnerOnly">Roles among them that may take it only on their own orders.</param>
    /// <param name="System">Whether the action is DexFlow's own automatic step (and nobody else's).</param>
    private sealed record Rule(Roles Roles, Roles OwnerOnly, bool System, OrderStage[] From, string Who);

    private static readonly OrderStage[] Cancellable = [Draft, Submitted, InReview, AdjustmentsRequired, Approved];

    /// <summary>From approval until production ends: the stages in which production may be held for a prepayment.</summary>
    public static IReadOnlyList<OrderStage> ApprovedUntilProduced { get; } = [Approved, Scheduled, InProduction];

    /// <summary>The stages in which DexFlow owes the order its invoices (the prepayment decision, the final invoice).</summary>
    public static IReadOnlyList<OrderStage> Invoiceable { get; } = [.. ApprovedUntilProduced, Completed];

    private static readonly OrderStage[] Open = [Draft, Submitted, OrderStage.Processing, InReview, AdjustmentsRequired, Approved, Scheduled, InProduction, Completed];

    // Invoices are the accountants' record, not the order form's: money is still recorded and corrected on an order
    // that was cancelled or archived.
    private static readonly OrderStage[] MoneyRecorded = [.. Invoiceable, Cancelled, Archived];

    /// <summary>The reason <see cref="Decide"/> refuses to archive an order with money outstanding.</summary>
    public const string UnsettledReason = "money is outstanding on the order's invoices";

    /// <summary>The reason <see cref="Decide"/> refuses to start production (said without amounts or invoice numbers: operators do not see invoices).</summary>
    public const string OnHoldReason = "production is on hold until Accounting has the prepayment";

    private static readonly FrozenDictionary<OrderAction, Rule> Rules = new Dictionary<OrderAction, Rule>
    {
        [OrderAction.Create] = new(Roles.Manager, Roles.None, false, [], "managers"),
        [OrderAction.Edit] = new(Roles.Manager, Roles.Manager, false, [Draft, AdjustmentsRequired], "the order's manager"),
        [OrderAction.Submit] = new(Roles.Manager, Roles.Manager, false, [Draft, AdjustmentsRequired], "the order's manager"),
        [OrderAction.StartProcessing] = new(Roles.None, Roles.None, true, [Submitted], "DexFlow itself"),
        [OrderAction.FinishProcessing] = new(Roles.None, Roles.None, true, [OrderStage.Processing], "DexFlow itself"),
        [OrderAction.RetryProcessing] = new(Roles.Administrator, Roles.None, false, [OrderStage.Processing], "administrators"),
        [OrderAction.ApproveAccounting] = new(Roles.Accountant, Roles.None, false, [InReview], "accountants"),
        [OrderAction.RejectAccounting] = new(Roles.Accountant, Roles.None, false, [InReview], "accountants"),
        [OrderAction.ApproveQa] = new(Roles.QA, Roles.None, false, [InReview], "QA"),
        [OrderAction.RejectQa] = new(Roles.QA, Roles.None, false, [InReview], "QA"),
        [OrderAction.Schedule] = new(Roles.Planner, Roles.None, false, [Approved, Scheduled], "planners"),
        [OrderAction.Archive] = new(Roles.Administrator | Roles.Accountant, Roles.None, false, [Completed, Cancelled], "administrators and accountants"),
        [OrderAction.Cancel] = new(Roles.Manager | Roles.Administrator, Roles.Manager, false, Cancellable, "the order's manager and administrators"),
        [OrderAction.AttachDocument] = new(Roles.None, Roles.None, true, Enum.GetValues<OrderStage>(), "routing"),
        [OrderAction.IssueInvoice] = new(Roles.None, Roles.None, true, MoneyRecorded, "DexFlow itself"),
        [OrderAction.RecordPayment] = new(Roles.Accountant, Roles.None, false, MoneyRecorded, "accountants"),
        [OrderAction.IssueCreditNote] = new(Roles.Accountant, Roles.None, false, MoneyRecorded, "accountants"),
        [OrderAction.StartProcess] = new(Roles.Operator, Roles.None, false, [Scheduled, InProduction], "operators"),
        [OrderAction.FinishProcess] = new(Roles.Operator, Roles.None, false, [InProduction], "operators"),
        [OrderAction.FlagDeadline] = new(Roles.None, Roles.None, true, Enum.GetValues<OrderStage>(), "DexFlow itself"),
        [OrderAction.AttachFile] = new(Roles.Manager | Roles.Administrator, Roles.Manager, false, Open, "the order's manager and administrators"),
    }.ToFrozenDictionary();

    /// <summary>The actions a person can take on an order at all (not DexFlow's automatic steps, not creation).</summary>
    public static IReadOnlyList<OrderAction> PersonActions { get; } =
        Rules.Where(rule => !rule.Value.System && rule.Key != OrderAction.Create).Select(rule => rule.Key).Order().ToArray();

    public static bool MayCreate(Roles roles) => Permits(Rules[OrderAction.Create], new OrderActor(roles, IsOwner: true, IsSystem: false));

    public static OrderDecision Decide(OrderFacts order, OrderAction action, OrderActor actor)
    {
        if (!Rules.TryGetValue(action, out var rule))
        {
            return OrderDecision.Refuse($"{action} is no longer an action on orders");
        }

        if (!Permits(rule, actor))
        {
            return OrderDecision.Forbid($"only {rule.Who} may {Describe(action)}");
        }

        if (!rule.From.Contains(order.Stage))
        {
            return OrderDecision.Refuse($"{action} is possible only while the order is {string.Join(" or ", rule.From)}");
        }

        return action switch
        {
            OrderAction.Edit => OrderDecision.Allow(order.Stage),
            OrderAction.Submit => OrderDecision.Allow(Submitted),
            OrderAction.StartProcessing => OrderDecision.Allow(OrderStage.Processing),
            OrderAction.FinishProcessing => OrderDecision.Allow(InReview),
            OrderAction.RetryProcessing => order.ProcessingGaveUp
                ? OrderDecision.Allow(OrderStage.Processing)
                : OrderDecision.Refuse("processing has not given up; it is still being retried"),
            OrderAction.ApproveAccounting => Approve(order.Accounting, order.Qa, "accounting"),
            OrderAction.ApproveQa => Approve(order.Qa, order.Accounting, "QA"),
            OrderAction.RejectAccounting => Reject(order.Accounting, "accounting"),
            OrderAction.RejectQa => Reject(order.Qa, "QA"),
            OrderAction.Schedule => OrderDecision.Allow(Scheduled),
            OrderAction.Archive => order.Unsettled ? OrderDecision.Refuse(UnsettledReason) : OrderDecision.Allow(Archived),
            OrderAction.Cancel => OrderDecision.Allow(Cancelled),
            OrderAction.AttachDocument or OrderAction.IssueInvoice or OrderAction.RecordPayment or OrderAction.IssueCreditNote
                or OrderAction.FlagDeadline or OrderAction.AttachFile => OrderDecision.Allow(order.Stage),
            OrderAction.StartProcess => order.ProductionOnHold ? OrderDecision.Refuse(OnHoldReason) : OrderDecision.Allow(InProduction),
            OrderAction.FinishProcess => OrderDecision.Allow(order.ProcessesLeft <= 1 ? Completed : InProduction),
            _ => OrderDecision.Refuse($"{action} is not an action on an existing order"),
        };
    }

    /// <summary>The actions the actor could take on the order right now, for clients to offer.</summary>
    public static IReadOnlyList<OrderAction> AvailableActions(OrderFacts order, OrderActor actor) =>
        PersonActions.Where(action => Decide(order, action, actor).IsAllowed).ToArray();

    private static OrderDecision Approve(ReviewOutcome own, ReviewOutcome other, string side) =>
        own != ReviewOutcome.Pending
            ? OrderDecision.Refuse($"{side} has already decided on this revision")
            : OrderDecision.Allow(other == ReviewOutcome.Approved ? Approved : InReview);

    private static OrderDecision Reject(ReviewOutcome own, string side) =>
        own != ReviewOutcome.Pending
            ? OrderDecision.Refuse($"{side} has already decided on this revision")
            : OrderDecision.Allow(AdjustmentsRequired);

    private static bool Permits(Rule rule, OrderActor actor)
    {
        if (actor.IsSystem || rule.System)
        {
            return actor.IsSystem && rule.System;
        }

        var permitting = actor.Roles & rule.Roles;
        var withoutOwnership = permitting & ~rule.OwnerOnly;
        return withoutOwnership != Roles.None || (permitting != Roles.None && actor.IsOwner);
    }

    private static string Describe(OrderAction action) => action switch
    {
        OrderAction.Create => "create orders",
        OrderAction.Edit => "edit the order form",
        OrderAction.Submit => "submit the order",
        OrderAction.StartProcessing or OrderAction.FinishProcessing => "process the order",
        OrderAction.RetryProcessing => "retry processing",
        OrderAction.ApproveAccounting or OrderAction.RejectAccounting => "decide the accounting review",
        OrderAction.ApproveQa or OrderAction.RejectQa => "decide the QA review",
        OrderAction.Schedule => "schedule production",
        OrderAction.Archive => "archive the order",
        OrderAction.Cancel => "cancel the order",
        OrderAction.AttachDocument or OrderAction.AttachFile => "attach documents",
        OrderAction.IssueInvoice => "issue invoices",
        OrderAction.RecordPayment => "record payments",
        OrderAction.IssueCreditNote => "issue credit notes",
        OrderAction.StartProcess or OrderAction.FinishProcess => "report production",
        OrderAction.FlagDeadline => "flag deadlines",
        _ => action.ToString(),
    };
}
