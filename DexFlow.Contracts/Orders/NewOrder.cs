namespace DexFlow.Contracts.Orders;

/// <summary>
/// A request for a new draft. With <see cref="TemplateOrder"/> the customer and specification are copied from that
/// order (never its documents, approvals, invoices or schedule) and merged field by field with those given here: a
/// field given replaces the copied one, a field left out (null, a blank customer name, finishing operations left
/// default rather than empty) keeps it.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.new-order")]
public sealed record NewOrder(
    [property: Id(0)] CustomerDetails? Customer,
    [property: Id(1)] PrintSpecification? Specification,
    [property: Id(2)] string? TemplateOrder);
