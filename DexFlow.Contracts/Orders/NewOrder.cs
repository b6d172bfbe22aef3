namespace DexFlow.Contracts.Orders;

/// <summary>
/// A request for a new draft. With <see cref="TemplateOrder"/> the customer and specification are copied from that
/// order (never its documents, approvals, invoices or schedule); a section given here replaces the copied one.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.new-order")]
public sealed record NewOrder(
    [property: Id(0)] CustomerDetails? Customer,
    [property: Id(1)] PrintSpecification? Specification,
    [property: Id(2)] string? TemplateOrder);
