using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Orleans.Concurrency;

namespace DexFlow.Grains.Pricing;

/// <summary>Reads and publishes the price list and prices specifications. Administrators publish; those who see prices read.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class PricingGrain(PriceListStore store, OrderEstimates estimates) : Grain, IPricingGrain
{
    private const Roles Readers = Roles.Administrator | Roles.Accountant | Roles.Manager | Roles.Auditor;

    public async Task<PriceListVersion> Current(Caller caller)
    {
        caller.EnsureRole(Readers, "read the price list");
        return PriceListStore.ToView(await store.Current());
    }

    public async Task<PriceListVersion> Version(Caller caller, int version)
    {
        caller.EnsureRole(Readers, "read the price list");
        return await store.Get(version) is { } published
            ? PriceListStore.ToView(published)
            : throw new NotFoundException("Price list version", version.ToString());
    }

    public async Task<ImmutableArray<PriceListVersion>> History(Caller caller)
    {
        caller.EnsureRole(Readers, "read the price list");
        return [.. (await store.History()).Select(PriceListStore.ToView)];
    }

    public async Task<PriceListVersion> Publish(Caller caller, PriceList priceList, string comment)
    {
        caller.EnsureRole(Roles.Administrator, "publish the price list");
        var why = PublicationComments.Checked(comment, "the prices change");
        PriceListRules.EnsureValid(priceList);
        var published = await store.Publish(priceList, caller.UserId, why);
        estimates.Invalidate();
        return PriceListStore.ToView(published);
    }

    public async Task<Estimate> Estimate(Caller caller, PrintSpecification specification)
    {
        caller.EnsureRole(Roles.Administrator | Roles.Accountant | Roles.Manager, "estimate orders");
        return await estimates.For(specification);
    }
}
