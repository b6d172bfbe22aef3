using DexFlow.Grains.Orders.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>
    /// The orders' read model: written in batches from the grains' state, read by lists, inboxes and the audit trail.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddSingleton<OrderReadModelWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<OrderReadModelWriter>());
        services.AddSingleton<OrderReadModelQueries>();
        services.AddSingleton<OrderAuditQueries>();
        return services;
    }
}
