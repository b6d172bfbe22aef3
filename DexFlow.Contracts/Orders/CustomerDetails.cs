namespace DexFlow.Contracts.Orders;

/// <summary>
/// Who the order is for and how they are billed. The name is shown wherever the order is; the rest is billing data.
/// An order linked to the customer master (<see cref="CustomerId"/>) takes its name, customer number, billing address
/// and VAT id from the master whenever it is edited, submitted and invoiced, so the form keeps them as they were at
/// the last invoice; a draft not yet linked is linked by its name when it is submitted.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-details")]
public sealed record CustomerDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string? CustomerNumber,
    [property: Id(2)] string? ContactName,
    [property: Id(3)] string? ContactEmail,
    [property: Id(4)] string? BillingAddress,
    [property: Id(5)] string? VatId)
{
    /// <summary>The customer in the master (GET /api/customers/{id}); null on a draft not yet linked.</summary>
    [Id(6)] public string? CustomerId { get; init; }

    /// <summary>The customer's own purchase-order number or reference, quoted on their invoices.</summary>
    [Id(7)] public string? PurchaseOrderReference { get; init; }
}
