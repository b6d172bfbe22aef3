using DexFlow.Grains.Singletons;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>E-mail notifications (<c>DexFlow:Notifications</c>); rules that name unknown event types or recipients stop the silo's start.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection("DexFlow:Notifications"))
            .Validate(options => new NotificationRules(options.Rules) is not null)
            .ValidateOnStart();
        return services
            .AddSingleton<NotificationStore>()
            .AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SingletonStart<INotifierGrain>>();
    }
}
