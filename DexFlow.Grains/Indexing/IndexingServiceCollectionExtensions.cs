using DexFlow.Grains.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Indexing;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// Reading pages (<c>DexFlow:Indexing</c>): the imaging workers with their OCR engines, the barcode conventions,
    /// classification, extraction and when a clerk must look.
    /// </summary>
    public static IServiceCollection AddIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImagingOptions>(configuration.GetSection("DexFlow:Indexing"));
        services.Configure<BarcodeConventions>(configuration.GetSection("DexFlow:Indexing:Barcodes"));
        services.Configure<ClassificationOptions>(configuration.GetSection("DexFlow:Indexing:Classification"));
        services.Configure<ExtractionOptions>(configuration.GetSection("DexFlow:Indexing:Extraction"));
        services.Configure<ReviewOptions>(configuration.GetSection("DexFlow:Indexing:Review"));
        services.AddSingleton<ImagingWorkers>();
        services.AddSingleton<PageReader>();
        services.AddSingleton<PageReadingStore>();
        services.AddSingleton<StoredReadings>();
        return services;
    }
}
