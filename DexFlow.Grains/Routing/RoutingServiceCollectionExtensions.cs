using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// The routing rules in force and their versions (<c>DexFlow:Routing</c>), the routing log, and carrying out a
    /// route.
    /// </summary>
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoutingOptions>(configuration.GetSection("DexFlow:Routing"));
        services.AddSingleton<RuleSetStore>();
        services.AddSingleton<RoutingRulesCache>();
        services.AddSingleton<RoutingLog>();
        services.AddSingleton<RoutedDocuments>();
        services.AddSingleton<RouteApplier>();
        return services;
    }
}
