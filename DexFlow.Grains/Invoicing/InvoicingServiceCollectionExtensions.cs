using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Invoicing;

public static class InvoicingServiceCollectionExtensions
{
    /// <summary>Gapless invoice numbers and the invoices an order owes.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        services.AddSingleton<InvoiceLedger>();
        services.AddSingleton<OrderInvoicing>();
        return services;
    }
}
