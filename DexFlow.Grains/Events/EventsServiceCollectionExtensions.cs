using DexFlow.Grains.Singletons;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services) => services
        .AddSingleton<EventLog>()
        .AddSingleton<EventCursors>()
        .AddSingleton<LiveEventsHub>()
        .AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<LiveEventsHub>())
        .AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SingletonStart<IEventRelayGrain>>();
}
