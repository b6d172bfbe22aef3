using DexFlow.Grains.Accounts;
using DexFlow.Grains.AuditTrail;
using DexFlow.Grains.Capture;
using DexFlow.Grains.Company;
using DexFlow.Grains.Content;
using DexFlow.Grains.Customers;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Events;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Inbox;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Notifications;
using DexFlow.Grains.Numbering;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Parcels;
using DexFlow.Grains.Planning;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Quality;
using DexFlow.Grains.Reporting;
using DexFlow.Grains.Routing;
using DexFlow.Grains.Search;
using DexFlow.Grains.Storage;
using DexFlow.Grains.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DexFlow.Grains;

public static class DexFlowGrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what DexFlow's grains depend on, feature by feature (each feature's folder says what it needs). The host
    /// provides the <see cref="Npgsql.NpgsqlDataSource"/> and the Orleans providers (storage
    /// <see cref="DexFlowStorage.Name"/>, reminders).
    /// </summary>
    public static IServiceCollection AddDexFlowGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        return services
            .AddStorage()
            .AddIdempotency()
            .AddContent(configuration)
            .AddAccounts(configuration)
            .AddCustomers()
            .AddQuality()
            .AddCompany()
            .AddOrders()
            .AddNumbering()
            .AddPricing(configuration)
            .AddProcessing(configuration)
            .AddInvoicing()
            .AddPlanning()
            .AddDeadlines(configuration)
            .AddCapture(configuration)
            .AddIndexing(configuration)
            .AddParcels(configuration)
            .AddRouting(configuration)
            .AddInbox()
            .AddReporting()
            .AddSearch()
            .AddAuditTrail()
            .AddEvents()
            .AddWebhooks(configuration)
            .AddNotifications(configuration);
    }
}
