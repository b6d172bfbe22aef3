using DexFlow.Grains.Indexing;
using DexFlow.Grains.Singletons;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Parcels;

public static class ParcelsServiceCollectionExtensions
{
    /// <summary>Parcels' limits (<c>DexFlow:Parcels</c>), the reading and routing of their steps, and their read model.</summary>
    public static IServiceCollection AddParcels(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ParcelOptions>(configuration.GetSection("DexFlow:Parcels"));
        services.AddSingleton(provider => new IndexingRules(
            provider.GetRequiredService<IOptions<BarcodeConventions>>().Value,
            provider.GetRequiredService<IOptions<ClassificationOptions>>().Value,
            provider.GetRequiredService<IOptions<ExtractionOptions>>().Value,
            provider.GetRequiredService<IOptions<ReviewOptions>>().Value));
        services.AddSingleton<ParcelReading>();
        services.AddSingleton<ParcelRouting>();
        services.AddSingleton<ParcelReadModel>();
        services.AddHostedService(provider => provider.GetRequiredService<ParcelReadModel>());
        services.AddSingleton<WaitingParcels>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SingletonStart<IWaitingParcelsWatchGrain>>();
        return services;
    }
}
