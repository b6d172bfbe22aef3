using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace DexFlow.Contracts.Errors;

/// <summary>
/// A grain whose state cannot be read fails to activate and answers its callers with the store's exception. Orleans
/// passes on only exceptions of namespaces it is told about (any other reaches the caller as "no codec", a 500), so
/// silos and clients are told about the store's: a calling grain, or the API, can then say "store unavailable".
/// </summary>
public static class StoreFailureSerialization
{
    public static IServiceCollection PassStoreFailures(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add("Npgsql"));
}
