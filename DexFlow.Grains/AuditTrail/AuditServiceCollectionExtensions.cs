using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.AuditTrail;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The cross-object audit trail, and the batched log of document reads.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<DocumentReadLog>();
        services.AddHostedService(provider => provider.GetRequiredService<DocumentReadLog>());
        return services;
    }
}
