using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Customers;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Silo.Database;
using DexFlow.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// Migration 0023 on the order and invoice rows that the version before the customer master made
/// (Fixtures/orders-before-customer-master.sql: orders for "Blue Harbor Ltd", completed and invoiced; for
/// "Acme Print GmbH" by manager, then as "  acme print gmbh " by manager2; for "Zeta Verlag"; for "Nordlicht Druck AG",
/// in review; made through REST by commit e194757 and dumped with pg_dump --data-only --inserts).
/// </summary>
public sealed class CustomerMasterMigrationTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "orders-before-customer-master.sql");

    [Fact]
    public async Task Each_customer_name_of_the_orders_so_far_becomes_one_customer_that_its_orders_refer_to()
    {
        await using var database = await MigratedWithOrdersBeforeTheMaster();

        var customers = await database.Rows("SELECT customer_number, name, manager_id, match_name FROM dexflow.customers ORDER BY customer_number",
            row => (row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3)));
        var unlinked = await database.Scalar<long>("SELECT count(*) FROM dexflow.orders WHERE customer_id IS NULL");
        var acmeOrders = await database.Scalar<long>("""
            SELECT count(*) FROM dexflow.orders o JOIN dexflow.customers c USING (customer_id) WHERE c.name = 'acme print gmbh'
            """);

        // Numbered in the order of each customer's first order; spelt and served as on the newest one.
        Assert.Equal(
            [("C-000001", "Blue Harbor Ltd", "manager", "blue harbor ltd"), ("C-000002", "acme print gmbh", "manager2", "acme print gmbh"),
             ("C-000003", "Zeta Verlag", "manager2", "zeta verlag"), ("C-000004", "Nordlicht Druck AG", "manager", "nordlicht druck ag")],
            customers);
        Assert.Equal(0, unlinked);
        Assert.Equal(2, acmeOrders);
    }

    [Fact]
    public async Task A_migrated_customer_with_an_invoiced_order_is_returning_and_is_found_again_by_name_not_made_twice()
    {
        await using var database = await MigratedWithOrdersBeforeTheMaster();
        var store = new CustomerStore(database.DataSource, TimeProvider.System);
        var blue = await database.Scalar<string>("SELECT customer_id FROM dexflow.customers WHERE name = 'Blue Harbor Ltd'");
        var acme = await database.Scalar<string>("SELECT customer_id FROM dexflow.customers WHERE name = 'acme print gmbh'");

        var blueReturns = await store.HasCompletedOrders(blue, exceptNumber: "2026-000000");
        var acmeReturns = await store.HasCompletedOrders(acme, exceptNumber: "2026-000000");
        var found = await store.FindOrAdd(new CustomerDetails("ACME Print GmbH", null, null, null, null, null), "manager", Caller.System);
        var count = await database.Scalar<long>("SELECT count(*) FROM dexflow.customers");

        Assert.True(blueReturns);
        Assert.False(acmeReturns);
        Assert.Equal(acme, found.CustomerId);
        Assert.Equal(4, count);
    }

    [Fact]
    public async Task An_order_saved_again_without_knowing_its_customer_keeps_the_link_the_migration_gave_it_while_it_names_that_customer()
    {
        await using var database = await MigratedWithOrdersBeforeTheMaster();
        var writer = new OrderReadModelWriter(database.DataSource, NullLogger<OrderReadModelWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var acme = await database.Scalar<string>("SELECT customer_id FROM dexflow.customers WHERE name = 'acme print gmbh'");
        OrderRow Saved(string number, string customer) => OrderRow.From(new OrderState
        {
            Number = number,
            Version = 100,
            ManagerId = "manager",
            ManagerName = "Mia Manager",
            Draft = new OrderDraft(new CustomerDetails(customer, null, null, null, null, null), PrintSpecification.Empty),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            StageSince = DateTimeOffset.UtcNow,
        });

        await writer.Publish(Saved("2026-000002", "ACME Print GmbH "), []);
        await writer.Publish(Saved("2026-000003", "Other AG"), []);
        await writer.StopAsync(CancellationToken.None);

        var kept = await database.Scalar<string>("SELECT customer_id FROM dexflow.orders WHERE number = '2026-000002' AND version = 100");
        var dropped = await database.Scalar<bool>("SELECT customer_id IS NULL FROM dexflow.orders WHERE number = '2026-000003' AND version = 100");
        Assert.Equal(acme, kept);
        Assert.True(dropped);
    }

    private static async Task<TestDatabase> MigratedWithOrdersBeforeTheMaster()
    {
        var database = await TestDatabase.CreateAsync(migrate: false);
        var migrator = new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync([.. Migration.Embedded.Where(migration => migration.Version <= 22)]);
        await database.Execute(await File.ReadAllTextAsync(Fixture));

        var applied = await migrator.MigrateAsync(Migration.Embedded);

        Assert.Contains(applied, migration => migration.Name == "dexflow_customers");
        return database;
    }
}
