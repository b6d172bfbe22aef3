using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Planning;

namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// An order as one caller may see it. The header (first fields) goes to everyone who may see the order at all, except
/// who the order is for and who manages it (<see cref="CustomerName"/>, <see cref="ManagerId"/>, <see cref="ManagerName"/>),
/// which only callers given the parties group see; each group below the header is filled only for callers the access
/// policy gives that group, and is null (left out of JSON) otherwise.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-view")]
public sealed record OrderView(
    [property: Id(0)] string Number,
    [property: Id(1)] OrderStage Stage,
    [property: Id(2)] int Revision,
    [property: Id(3)] long Version,
    [property: Id(4)] string? ManagerId,
    [property: Id(5)] string? ManagerName,
    [property: Id(6)] string? CustomerName,
    [property: Id(7)] ProductType? Product,
    [property: Id(8)] string? Title,
    [property: Id(9)] int? Quantity,
    [property: Id(10)] DateOnly? DueDate,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] ImmutableArray<OrderAction> AvailableActions,
    [property: Id(14)] ProcessingView? Processing,
    [property: Id(15)] CancellationView? Cancellation,
    [property: Id(16)] PrintSpecification? Specification,
    [property: Id(17)] CustomerDetails? Customer,
    [property: Id(18)] PricingView? Pricing,
    [property: Id(19)] ReviewView? Review,
    [property: Id(20)] ProductionSchedule? Schedule,
    [property: Id(21)] ImmutableArray<AttachedDocument> Documents,
    [property: Id(22)] InvoicingView? Invoicing,
    [property: Id(23)] DeadlineView? Deadline);
