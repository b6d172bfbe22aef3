using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    /// <summary>How long each wait may take (<c>DexFlow:Orders:Deadlines</c>) and the clock it is judged by.</summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlineOptions>(configuration.GetSection("DexFlow:Orders:Deadlines"));
        services.TryAddSingleton(provider => new DeadlineClock(provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
