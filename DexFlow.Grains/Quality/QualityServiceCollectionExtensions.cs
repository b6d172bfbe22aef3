using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Quality;

public static class QualityServiceCollectionExtensions
{
    /// <summary>The QA checklist, versioned, and the check of QA reviews against it.</summary>
    public static IServiceCollection AddQuality(this IServiceCollection services)
    {
        services.AddSingleton<QaChecklistStore>();
        services.AddSingleton<QaChecklists>();
        return services;
    }
}
