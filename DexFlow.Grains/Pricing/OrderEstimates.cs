using System.Collections.Concurrent;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Pricing;

/// <summary>
/// The price list in force, kept per silo (no silo prices with a superseded version for longer than
/// <see cref="PricingOptions.RefreshInterval"/>), and estimates made with it. Published versions never change, so
/// each one read is kept for good.
/// </summary>
public sealed class OrderEstimates(PriceListStore priceLists, IOptions<PricingOptions> options, TimeProvider time)
{
    private readonly VersionedDocumentCache<PriceList, PricesInForce> _inForce = new(
        priceLists,
        published => new PricesInForce(published.Version, published.Content!, options.Value.Currency),
        () => options.Value.RefreshInterval,
        time);

    private readonly ConcurrentDictionary<int, PriceList> _versions = new();

    public Task<PricesInForce> InForce(CancellationToken cancellationToken = default) => _inForce.Current(cancellationToken);

    public async Task<Estimate> For(PrintSpecification specification, CancellationToken cancellationToken = default) =>
        (await InForce(cancellationToken)).Estimate(specification);

    public async Task<PriceList> PriceList(int version, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue(version, out var known))
        {
            return known;
        }

        var published = (await priceLists.Get(version, cancellationToken))?.Content
                        ?? throw new InvalidOperationException($"Price list version {version} does not exist.");
        return _versions.GetOrAdd(version, published);
    }

    /// <summary>Makes the next estimate look for a newer version (after this silo published one).</summary>
    public void Invalidate() => _inForce.Invalidate();
}
