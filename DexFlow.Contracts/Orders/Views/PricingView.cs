namespace DexFlow.Contracts.Orders.Views;

/// <summary>The estimate's totals; empty until processing has priced the order.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.pricing-view")]
public sealed record PricingView(
    [property: Id(0)] string? PriceListVersion,
    [property: Id(1)] string? Currency,
    [property: Id(2)] decimal? NetTotal,
    [property: Id(3)] decimal? VatTotal,
    [property: Id(4)] decimal? GrossTotal);
