using System.Collections.Immutable;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Orders;

/// <summary>Projects an order's state into the view one caller may see: each group only when the policy grants it.</summary>
public static class OrderViews
{
    public static OrderView For(OrderState state, Caller caller)
    {
        var groups = OrderAccessPolicy.GroupsFor(caller, state.AccessFacts);
        var parties = groups.Contains(OrderFieldGroup.Parties);
        var spec = state.Draft.Specification;
        var actions = OrderStateMachine.AvailableActions(state.Facts, OrderActor.Of(caller, state.ManagerId));
        return new OrderView(
            state.Number,
            state.Stage,
            state.Revision,
            state.Version,
            parties ? state.ManagerId : null,
            parties ? state.ManagerName : null,
            parties ? state.Draft.Customer.Name : null,
            spec.Product,
            spec.Title,
            spec.Quantity,
            spec.DueDate,
            state.CreatedAt,
            state.UpdatedAt,
            [.. actions],
            state.Processing.Attempts > 0 ? state.Processing : null,
            parties ? state.Cancellation : state.Cancellation is { } cancellation ? cancellation with { CancelledBy = null } : null,
            groups.Contains(OrderFieldGroup.Specification) ? spec : null,
            groups.Contains(OrderFieldGroup.CustomerAndBilling) ? state.Draft.Customer : null,
            groups.Contains(OrderFieldGroup.Pricing) ? PricingView.For(state.Estimate) : null,
            groups.Contains(OrderFieldGroup.Review) ? new ReviewView(state.AccountingReview, state.QaReview, Rounds(state)) : null,
            groups.Contains(OrderFieldGroup.Schedule) ? state.Schedule : null,
            [.. state.Documents.Where(document => DocumentAccessPolicy.CanSee(caller, state.AccessFacts, document.Type))],
            groups.Contains(OrderFieldGroup.Invoicing) ? Invoicing(state) : null,
            DeadlineRules.VisibleTo(state.Deadline, groups.Contains(OrderFieldGroup.Invoicing)));
    }

    /// <summary>Every review round, the current one included while it is open or once a side has decided it.</summary>
    public static ImmutableArray<ReviewRound> Rounds(OrderState state)
    {
        var current = new ReviewRound(state.Revision, state.AccountingReview, state.QaReview);
        var open = state.Stage == OrderStage.InReview
                   || current.Accounting.Outcome != ReviewOutcome.Pending || current.Qa.Outcome != ReviewOutcome.Pending;
        return open && state.ReviewRounds.All(round => round.Revision != state.Revision)
            ? state.ReviewRounds.Add(current)
            : state.ReviewRounds;
    }

    private static InvoicingView Invoicing(OrderState state) => new(
        [.. state.Invoices.Select(invoice => InvoiceRules.View(invoice, state.Invoices, state.Payments))],
        state.Payments,
        state.AwaitsPrepayment);
}
