namespace DexFlow.Web.Api;

/// <summary>An order's row in lists (Contracts' <c>OrderSummary</c>); customer and manager are null for callers without the parties group.</summary>
public sealed record OrderSummary(
    string Number,
    OrderStage Stage,
    int Revision,
    string? CustomerName,
    string? Product,
    string? Title,
    int? Quantity,
    DateOnly? DueDate,
    string? ManagerId,
    string? ManagerName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record OrderPage(IReadOnlyList<OrderSummary> Items, int Page, int PageSize, long Total);

/// <summary>The filters of <c>GET /api/orders</c>; every one optional.</summary>
public sealed record OrderFilter(OrderStage? Stage = null, string? Customer = null, string? Text = null, bool? Archived = null);
