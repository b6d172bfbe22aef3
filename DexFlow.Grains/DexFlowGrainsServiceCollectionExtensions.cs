using DexFlow.Grains.Accounts;
using DexFlow.Grains.Capture;
using DexFlow.Grains.Content;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Planning;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Parcels;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Numbering;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Routing;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DexFlow.Grains;

public static class DexFlowGrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what DexFlow's grains depend on. The host provides the <see cref="Npgsql.NpgsqlDataSource"/> and the
    /// Orleans providers (storage <see cref="DexFlowStorage.Name"/>, reminders).
    /// </summary>
    public static IServiceCollection AddDexFlowGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<OrderProcessingOptions>(configuration.GetSection("DexFlow:Orders:Processing"));
        services.AddSingleton<OrderProcessingPipeline>();
        services.AddMetrics();
        services.AddSingleton<ReadModelHealth>();
        services.AddSingleton<OrderReadModelWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<OrderReadModelWriter>());
        services.AddSingleton<OrderReadModelQueries>();
        services.AddSingleton<OrderAuditQueries>();
        services.AddSingleton<NumberSeries>();
        services.AddSingleton<IdempotencyLedger>();
        services.AddSingleton<KeyedChanges>();
        services.AddDexFlowAccounts(configuration);
        services.AddSingleton<IIncomingGrainCallFilter, StoreFailureFilter>();

        services.Configure<ContentOptions>(configuration.GetSection("DexFlow:Content"));
        services.AddSingleton<IContentStore, PostgresContentStore>();
        services.Configure<ImagingOptions>(configuration.GetSection("DexFlow:Indexing"));
        services.Configure<BarcodeConventions>(configuration.GetSection("DexFlow:Indexing:Barcodes"));
        services.Configure<ClassificationOptions>(configuration.GetSection("DexFlow:Indexing:Classification"));
        services.Configure<ExtractionOptions>(configuration.GetSection("DexFlow:Indexing:Extraction"));
        services.Configure<ReviewOptions>(configuration.GetSection("DexFlow:Indexing:Review"));
        services.AddSingleton<ImagingWorkers>();
        services.AddSingleton<PageReader>();
        services.Configure<ParcelOptions>(configuration.GetSection("DexFlow:Parcels"));
        services.AddSingleton<ParcelReadModel>();
        services.AddHostedService(provider => provider.GetRequiredService<ParcelReadModel>());
        services.AddSingleton<CaptureDirectory>();
        services.Configure<CaptureOptions>(configuration.GetSection("DexFlow:Capture"));

        services.Configure<RoutingOptions>(configuration.GetSection("DexFlow:Routing"));
        services.AddSingleton<RuleSetStore>();
        services.AddSingleton<RoutingRulesCache>();
        services.AddSingleton<RoutedDocuments>();
        services.AddSingleton<Inbox.InboxQueries>();
        services.AddSingleton<RoutingLog>();
        services.AddSingleton<RouteApplier>();

        services.Configure<PricingOptions>(configuration.GetSection("DexFlow:Pricing"));
        services.AddSingleton<PriceListStore>();
        services.AddSingleton<OrderEstimates>();
        services.AddSingleton<IOrderProcessingStep, PaperworkStep>();
        services.AddSingleton<InvoiceLedger>();
        services.AddSingleton<OrderInvoicing>();
        services.AddSingleton<OrderPlanning>();
        services.Configure<DeadlineOptions>(configuration.GetSection("DexFlow:Orders:Deadlines"));
        services.TryAddSingleton(provider => new DeadlineClock(provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
