using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Capture;

public static class CaptureServiceCollectionExtensions
{
    /// <summary>The capture points and what they may take in (<c>DexFlow:Capture</c>).</summary>
    public static IServiceCollection AddCapture(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CaptureOptions>(configuration.GetSection("DexFlow:Capture"));
        services.AddSingleton<CaptureDirectory>();
        return services;
    }
}
