using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Pricing;

public static class PricingServiceCollectionExtensions
{
    /// <summary>
    /// The price list in force and its versions (<c>DexFlow:Pricing</c>), kept per silo from the start, and estimates
    /// made with it.
    /// </summary>
    public static IServiceCollection AddPricing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PricingOptions>(configuration.GetSection("DexFlow:Pricing"));
        services.AddSingleton<PriceListStore>();
        services.AddSingleton<OrderEstimates>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, PriceListWarmUp>();
        return services;
    }
}
