using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Pricing;

/// <summary>The price list version in force and the shop's currency: everything an estimate needs, without I/O.</summary>
public sealed record PricesInForce(int Version, PriceList PriceList, string Currency)
{
    public Estimate Estimate(PrintSpecification specification) => Estimator.Estimate(specification, PriceList, Version, Currency);
}
