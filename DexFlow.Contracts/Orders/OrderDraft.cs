namespace DexFlow.Contracts.Orders;

/// <summary>The order form as the manager fills it in.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-draft")]
public sealed record OrderDraft([property: Id(0)] CustomerDetails Customer, [property: Id(1)] PrintSpecification Specification);
