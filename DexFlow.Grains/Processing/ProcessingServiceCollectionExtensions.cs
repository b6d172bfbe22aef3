using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Processing;

public static class ProcessingServiceCollectionExtensions
{
    /// <summary>
    /// An order's automatic processing (<c>DexFlow:Orders:Processing</c>): its steps, the paperwork first.
    /// </summary>
    public static IServiceCollection AddProcessing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OrderProcessingOptions>(configuration.GetSection("DexFlow:Orders:Processing"));
        services.AddSingleton<OrderProcessingPipeline>();
        services.AddSingleton<IOrderProcessingStep, PaperworkStep>();
        return services;
    }
}
