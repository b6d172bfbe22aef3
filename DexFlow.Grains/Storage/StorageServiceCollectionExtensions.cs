using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace DexFlow.Grains.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// What every grain's storage relies on: the read-model health the silo reports, and the filter that turns a store
    /// outage into a clear refusal.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelHealth>();
        services.AddSingleton<IIncomingGrainCallFilter, StoreFailureFilter>();
        return services;
    }
}
