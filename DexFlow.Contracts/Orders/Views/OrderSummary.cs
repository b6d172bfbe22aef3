namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// An order's row in lists: only header fields, which everyone who may see the order may see, except the customer and
/// the manager, which are null for callers the access policy does not give the parties group.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-summary")]
public sealed record OrderSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] OrderStage Stage,
    [property: Id(2)] int Revision,
    [property: Id(3)] string? CustomerName,
    [property: Id(4)] ProductType? Product,
    [property: Id(5)] string? Title,
    [property: Id(6)] int? Quantity,
    [property: Id(7)] DateOnly? DueDate,
    [property: Id(8)] string? ManagerId,
    [property: Id(9)] string? ManagerName,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset UpdatedAt);
