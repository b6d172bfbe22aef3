using System.Collections.Immutable;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>An order's row in the <c>dexflow.orders</c> read model: its header, and what lists and inboxes filter on.</summary>
public sealed record OrderRow(
    string Number,
    long Version,
    OrderStage Stage,
    int Revision,
    string ManagerId,
    string ManagerName,
    string CustomerName,
    ProductType? Product,
    string? Title,
    int? Quantity,
    DateOnly? DueDate,
    bool ReachedReview,
    ReviewOutcome AccountingReview,
    ReviewOutcome QaReview,
    bool ProcessingGaveUp,
    Roles Awaiting,
    DateTimeOffset StageSince,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Overdue,
    bool ProductionOnHold = false)
{
    /// <summary>The resources the order's processes are booked on.</summary>
    public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>The customer in the master; null while a draft is not linked yet.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The estimate's net amount and currency; null before processing priced the order.</summary>
    public decimal? NetAmount { get; init; }

    public string? Currency { get; init; }

    public static OrderRow From(OrderState state) => new(
        state.Number,
        state.Version,
        state.Stage,
        state.Revision,
        state.ManagerId,
        state.ManagerName,
        state.Draft.Customer.Name,
        state.Draft.Specification.Product,
        state.Draft.Specification.Title,
        state.Draft.Specification.Quantity,
        state.Draft.Specification.DueDate,
        state.ReachedReview,
        state.AccountingReview.Outcome,
        state.QaReview.Outcome,
        state.Processing.GaveUp,
        OrderInbox.AwaitedRoles(state.Facts),
        state.StageSince,
        state.CreatedAt,
        state.UpdatedAt,
        state.Deadline?.Waiting,
        state.ProductionOnHold)
    {
        Resources = state.BookedResources,
        CustomerId = state.Draft.Customer.CustomerId,
        NetAmount = state.Estimate?.Net,
        Currency = state.Estimate?.Currency,
    };

    public OrderFacts Facts => new(Stage, AccountingReview, QaReview, ProcessingGaveUp, ProductionOnHold);
}
