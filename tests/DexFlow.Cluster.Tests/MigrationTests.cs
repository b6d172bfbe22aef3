using DexFlow.Silo.Database;
using DexFlow.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace DexFlow.Cluster.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_run_once_even_when_several_silos_start_together_and_again_later()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        var migrator = new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance);

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => migrator.MigrateAsync(Migration.Embedded)));
        var again = await migrator.MigrateAsync(Migration.Embedded);

        Assert.Equal(Migration.Embedded.Count, applied.Sum(run => run.Count));
        Assert.Empty(again);
        Assert.Equal(Migration.Embedded.Count, await database.Scalar<long>("SELECT count(*) FROM dexflow.schema_migrations"));
        Assert.Equal(20L, await database.Scalar<long>("SELECT count(*) FROM orleansquery"));
    }

    [Fact]
    public async Task A_migration_changed_after_it_was_applied_stops_the_start()
    {
        await using var database = await TestDatabase.CreateAsync();
        var migrator = new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance);
        var tampered = Migration.Embedded.Select(migration => migration.Version == 5 ? migration with { Sql = migration.Sql + "\n-- edited" } : migration).ToArray();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(tampered));

        Assert.Contains("0005_dexflow_orders was changed after it was applied", error.Message);
    }
}
