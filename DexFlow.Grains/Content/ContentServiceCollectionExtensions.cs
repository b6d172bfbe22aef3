using DexFlow.Grains.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DexFlow.Grains.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content store every file and generated PDF is kept in (<c>DexFlow:Content</c>).</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection("DexFlow:Content"));
        // The files' own batcher: a batch of files is large, and grain state should not wait behind it.
        services.AddSingleton<IContentStore>(services =>
        {
            var db = services.GetRequiredService<NpgsqlDataSource>();
            return new PostgresContentStore(db, new StatementBatcher(db, services.GetRequiredService<ILogger<StatementBatcher>>()));
        });
        return services;
    }
}
