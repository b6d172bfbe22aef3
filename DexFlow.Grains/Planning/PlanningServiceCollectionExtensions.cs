using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Planning;

public static class PlanningServiceCollectionExtensions
{
    /// <summary>Scheduling an order's processes on the resources.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddSingleton<OrderPlanning>();
        return services;
    }
}
