using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Parcels;

public static class ParcelsServiceCollectionExtensions
{
    /// <summary>Parcels' limits (<c>DexFlow:Parcels</c>) and their read model.</summary>
    public static IServiceCollection AddParcels(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ParcelOptions>(configuration.GetSection("DexFlow:Parcels"));
        services.AddSingleton<ParcelReadModel>();
        services.AddHostedService(provider => provider.GetRequiredService<ParcelReadModel>());
        return services;
    }
}
