using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.AuditTrail;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The cross-object audit trail, the batched log of document reads, and the log of configuration changes.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<ConfigurationAudit>();
        services.AddSingleton<DocumentReadLog>();
        services.AddHostedService(provider => provider.GetRequiredService<DocumentReadLog>());
        return services;
    }
}
