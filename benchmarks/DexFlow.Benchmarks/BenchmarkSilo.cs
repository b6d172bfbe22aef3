using DexFlow.Benchmarks.StorageProbe;
using DexFlow.Silo.Hosting;
using Microsoft.AspNetCore.Builder;

namespace DexFlow.Benchmarks;

/// <summary>
/// The silo process scripts/bench.sh measures: the production silo, hosted by the production silo's code and configured
/// the same way (environment variables), plus the storage probe grain, which only benchmarks have.
/// </summary>
public static class BenchmarkSilo
{
    public static async Task Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddDexFlowSilo().AddDexFlowApiWhenEnabled();
        builder.Services.AddStorageProbe();

        var app = builder.Build();
        app.MapDexFlowEndpoints();
        app.LogStartupBanner();
        await app.RunAsync();
    }
}
