using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace DexFlow.Benchmarks.StorageProbe;

public static class StorageProbeParts
{
    /// <summary>
    /// Adds the probe grain, its interface and state to an Orleans silo or client. The production silo's code does not
    /// know this assembly, so the benchmark names it to Orleans itself rather than leaving it to assembly discovery.
    /// </summary>
    public static IServiceCollection AddStorageProbe(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddAssembly(typeof(StorageProbeGrain).Assembly));
}
