namespace DexFlow.Contracts.Orders;

/// <summary>Who the order is for and how they are billed. The name is shown wherever the order is; the rest is billing data.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-details")]
public sealed record CustomerDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string? CustomerNumber,
    [property: Id(2)] string? ContactName,
    [property: Id(3)] string? ContactEmail,
    [property: Id(4)] string? BillingAddress,
    [property: Id(5)] string? VatId);
