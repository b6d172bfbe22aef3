using DexFlow.Contracts.Errors;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace DexFlow.Grains.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// What every grain's storage relies on: the read-model health the silo reports, the grains just named, the filter
    /// that turns a store outage into a clear refusal, and store failures passed on to callers.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelHealth>();
        services.AddSingleton<FreshGrains>();
        services.AddSingleton<IIncomingGrainCallFilter, StoreFailureFilter>();
        services.PassStoreFailures();
        return services;
    }
}
