using DexFlow.Api.Health;
using DexFlow.Silo.Health;
using DexFlow.Grains;
using DexFlow.Grains.Storage;
using DexFlow.Silo.Accounts;
using DexFlow.Silo.Database;

namespace DexFlow.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>
    /// Makes this process a DexFlow silo: PostgreSQL (migrated before the silo starts), the grains' services, the
    /// Orleans silo with the configured clustering, and readiness checks.
    /// </summary>
    public static WebApplicationBuilder AddDexFlowSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var cluster = configuration.GetSection("DexFlow:Cluster").Get<SiloClusterOptions>() ?? new SiloClusterOptions();
        var connectionString = configuration.GetConnectionString("DexFlow")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:DexFlow is not configured. Start DexFlow with scripts/run.sh, which provides a local PostgreSQL, or set ConnectionStrings__DexFlow.");

        var db = DexFlowDataSource.Create(connectionString);
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService<MigrationService>();
        if (configuration.GetValue("DexFlow:SeedDemoUsers", builder.Environment.IsDevelopment()))
        {
            builder.Services.AddHostedService<DemoUserSeeder>();
        }

        builder.Services.AddDexFlowGrains(configuration);
        builder.UseOrleans(silo => silo.UseDexFlowClustering(cluster, db).AddDexFlowPersistence(db).AddDexFlowStreams().BoundActivations());
        builder.Services.AddDexFlowReadiness();
        builder.Services.AddHealthChecks().AddCheck<ReadModelHealthCheck>("read-models", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
