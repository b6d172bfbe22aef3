using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Full-text search over orders and documents.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddSingleton<SearchQueries>();
}
