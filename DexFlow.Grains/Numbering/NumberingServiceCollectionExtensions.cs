using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Numbering;

public static class NumberingServiceCollectionExtensions
{
    /// <summary>Order numbers, unique and increasing per year.</summary>
    public static IServiceCollection AddNumbering(this IServiceCollection services)
    {
        services.AddSingleton<NumberSeries>();
        return services;
    }
}
