using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Deadlines;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Orders;

/// <summary>Projects an order's state into the view one caller may see: each group only when the policy grants it.</summary>
public static class OrderViews
{
    public static OrderView For(OrderState state, Caller caller)
    {
        var groups = OrderAccessPolicy.GroupsFor(caller, state.AccessFacts);
        var spec = state.Draft.Specification;
        var actions = OrderStateMachine.AvailableActions(state.Facts, OrderActor.Of(caller, state.ManagerId));
        return new OrderView(
            state.Number,
            state.Stage,
            state.Revision,
            state.Version,
            state.ManagerId,
            state.ManagerName,
            state.Draft.Customer.Name,
            spec.Product,
            spec.Title,
            spec.Quantity,
            spec.DueDate,
            state.CreatedAt,
            state.UpdatedAt,
            [.. actions],
            state.Processing.Attempts > 0 ? state.Processing : null,
            state.Cancellation,
            groups.Contains(OrderFieldGroup.Specification) ? spec : null,
            groups.Contains(OrderFieldGroup.CustomerAndBilling) ? state.Draft.Customer : null,
            groups.Contains(OrderFieldGroup.Pricing) ? PricingView.For(state.Estimate) : null,
            groups.Contains(OrderFieldGroup.Review) ? new ReviewView(state.AccountingReview, state.QaReview) : null,
            groups.Contains(OrderFieldGroup.Schedule) ? state.Schedule : null,
            [.. state.Documents.Where(document => DocumentAccessPolicy.CanSee(caller, state.AccessFacts, document.Type))],
            groups.Contains(OrderFieldGroup.Invoicing) ? new InvoicingView(state.Invoices, state.Payments, state.AwaitsPrepayment) : null,
            DeadlineRules.VisibleTo(state.Deadline, groups.Contains(OrderFieldGroup.Invoicing)));
    }

    public static OrderSummary Summary(OrderState state) => new(
        state.Number,
        state.Stage,
        state.Revision,
        state.Draft.Customer.Name,
        state.Draft.Specification.Product,
        state.Draft.Specification.Title,
        state.Draft.Specification.Quantity,
        state.Draft.Specification.DueDate,
        state.ManagerId,
        state.ManagerName,
        state.CreatedAt,
        state.UpdatedAt);
}
