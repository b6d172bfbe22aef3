using DexFlow.Contracts.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DexFlow.Api.Health;

/// <summary>Ready when a silo answers (this process's own, when it is one) and reports that it reaches the store.</summary>
public sealed class ClusterReadinessCheck(IGrainFactory grains) : IHealthCheck
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
