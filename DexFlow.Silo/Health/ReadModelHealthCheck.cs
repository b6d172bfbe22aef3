using DexFlow.Grains.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DexFlow.Silo.Health;

/// <summary>Degraded while this silo holds read-model rows the store refused (orders or parcels missing from lists).</summary>
public sealed class ReadModelHealthCheck(ReadModelHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var refused = health.Refused;
        return Task.FromResult(refused.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{refused.Count} read-model row(s) refused by the store: "
                                         + string.Join("; ", refused.Take(5).Select(row => $"{row.Key} ({row.Value})")),
                data: refused.ToDictionary(row => row.Key, row => (object)row.Value)));
    }
}
