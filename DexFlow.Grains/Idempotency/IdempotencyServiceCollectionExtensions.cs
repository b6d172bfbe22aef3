using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>
    /// The ledger of Idempotency-Keys and the changes they made, so a repeated request answers as the first did.
    /// </summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddSingleton<IdempotencyLedger>();
        services.AddSingleton<KeyedChanges>();
        return services;
    }
}
