using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace DexFlow.Api.Health;

/// <summary>
/// <c>/health/live</c>: the process runs (no checks). <c>/health/ready</c>: every check tagged "ready" passes, so the
/// process can serve requests. Both the API and the silo expose these.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Registers the readiness check once, whether this process is an API, a silo, or both.</summary>
    public static IServiceCollection AddDexFlowReadiness(this IServiceCollection services)
    {
        if (services.All(service => service.ServiceType != typeof(ClusterReadinessCheck)))
        {
            services.AddSingleton<ClusterReadinessCheck>();
            services.AddHealthChecks().AddCheck<ClusterReadinessCheck>("cluster", tags: [ReadyTag]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapDexFlowHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return routes;
    }
}
