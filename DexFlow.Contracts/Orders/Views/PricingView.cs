using DexFlow.Contracts.Pricing;

namespace DexFlow.Contracts.Orders.Views;

/// <summary>The estimate's totals and its lines; empty until processing has priced the order.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.pricing-view")]
public sealed record PricingView(
    [property: Id(0)] int? PriceListVersion,
    [property: Id(1)] string? Currency,
    [property: Id(2)] decimal? NetTotal,
    [property: Id(3)] decimal? VatTotal,
    [property: Id(4)] decimal? GrossTotal,
    [property: Id(5)] Estimate? Estimate = null)
{
    public static PricingView For(Estimate? estimate) => estimate is null
        ? new PricingView(null, null, null, null, null)
        : new PricingView(estimate.PriceListVersion, estimate.Currency, estimate.Net, estimate.Vat, estimate.Gross, estimate);
}
