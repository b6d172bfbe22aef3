using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    /// <summary>Webhooks and where they may call (<c>DexFlow:Webhooks</c>).</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("DexFlow:Webhooks"));
        return services
            .AddSingleton<WebhookRegistry>()
            .AddSingleton<WebhookDeliveries>()
            .AddSingleton<WebhookSender>();
    }
}
