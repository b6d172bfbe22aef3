using DexFlow.Contracts.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DexFlow.Silo.Hosting;

/// <summary>Ready when the silo serves grain calls and reaches PostgreSQL.</summary>
public sealed class SiloReadinessCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IStoreHealthGrain>(0).Check().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
