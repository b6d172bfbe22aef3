using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Pricing;

/// <summary>Estimates with the price list in force and the configured currency.</summary>
public sealed class OrderEstimates(PriceListStore priceLists, IOptions<PricingOptions> options)
{
    public async Task<Estimate> For(PrintSpecification specification, CancellationToken cancellationToken = default)
    {
        var current = await priceLists.Current(cancellationToken);
        return Estimator.Estimate(specification, current.Content!, current.Version, options.Value.Currency);
    }

    public async Task<PriceList> PriceList(int version, CancellationToken cancellationToken = default) =>
        (await priceLists.Get(version, cancellationToken))?.Content ?? throw new InvalidOperationException($"Price list version {version} does not exist.");
}
