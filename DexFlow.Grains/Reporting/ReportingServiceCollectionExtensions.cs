using DexFlow.Grains.Reporting.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>The reports of domain.md §6, read from the read models and their daily rollups.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddSingleton<ReportRunner>();
        services.AddSingleton<ReportRollups>();
        services.AddOptions<ReportRollupOptions>();
        services.AddHostedService<ReportRollupRefresher>();
        return services;
    }
}
