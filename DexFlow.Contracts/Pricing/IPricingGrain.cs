using System.Collections.Immutable;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Pricing;

/// <summary>The price list as versioned data (administrators publish) and estimates on demand. Stateless; use key 0.</summary>
[Alias("dexflow.pricing")]
public interface IPricingGrain : IGrainWithIntegerKey
{
    [Alias("current")]
    Task<PriceListVersion> Current(Caller caller);

    [Alias("version")]
    Task<PriceListVersion> Version(Caller caller, int version);

    /// <summary>Every version, newest first; the price lists themselves are left out.</summary>
    [Alias("history")]
    Task<ImmutableArray<PriceListVersion>> History(Caller caller);

    /// <summary>Checks the price list and publishes it as the next version; orders priced earlier keep their version.</summary>
    [Alias("publish")]
    Task<PriceListVersion> Publish(Caller caller, PriceList priceList, string comment);

    /// <summary>What the specification would cost with the price list in force; nothing is stored.</summary>
    [Alias("estimate")]
    Task<Estimate> Estimate(Caller caller, PrintSpecification specification);
}
