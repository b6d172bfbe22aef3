using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Customers;

public static class CustomersServiceCollectionExtensions
{
    /// <summary>The customer master, the matching of documents to customers and the linking of orders to customers.</summary>
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<CustomerMatcher>();
        services.AddSingleton<OrderCustomers>();
        return services;
    }
}
