using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>Each role's inbox, read from the read models.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<InboxQueries>();
        return services;
    }
}
