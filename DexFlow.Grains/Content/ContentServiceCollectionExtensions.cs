using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content store every file and generated PDF is kept in (<c>DexFlow:Content</c>).</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection("DexFlow:Content"));
        services.AddSingleton<IContentStore, PostgresContentStore>();
        return services;
    }
}
