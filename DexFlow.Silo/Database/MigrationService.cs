using Microsoft.Extensions.Hosting;

namespace DexFlow.Silo.Database;

/// <summary>Applies the migrations before anything else starts: it is registered ahead of the Orleans silo.</summary>
public sealed class MigrationService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(Migration.Embedded, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
