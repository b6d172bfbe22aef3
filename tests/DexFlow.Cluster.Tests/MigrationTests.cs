using DexFlow.Silo.Database;
using DexFlow.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace DexFlow.Cluster.Tests;

public sealed class MigrationTests
{
    // Every script as databases have recorded it (number, name, checksum). A script moved, renamed, lost, embedded twice
    // or edited would make an existing database run it again, miss it or refuse to start.
    private static readonly string[] Recorded =
    [
        "0001 orleans_queries 8F367755A18B1E4337B3F423C523A083DF42817C50F379356B5CD2253F20AB46",
        "0002 orleans_clustering 53198F617BB36007BE9E7DCBE58A1AC7D66440E3E7ECAFEB352C509E6304AEC3",
        "0003 orleans_persistence F15C18B069B92BDCA9FB2E8AEC0FD67CCF4B92D791DC16251A7619157AAEE58B",
        "0004 orleans_reminders C305831464059F4264B0EE22F378B42D580CA7BEDB2EBC1B13A645D961091389",
        "0005 dexflow_orders 8F084575BBAE51B7DD605A1CAD21444E350E3730073CB779DF3E6E3BE2F43C97",
        "0006 dexflow_order_audit 7EACAF3027E29EA706CB4D39053B6FD32B27AEA938A925FDC2CB7840481ED208",
        "0007 dexflow_content 3897B4A5C5FEC11CD809DF7AAC8D93E443664B82851F55044B7CEDE2FA006C06",
        "0008 dexflow_parcels 54780C38117A82D5B5F9B4A7F7D887024F9EB2EEA421DE698305092CC3EA1850",
        "0009 dexflow_capture_points CA0A6A2B13430A11C9D9F82FFAEEC00D6E68E6F23BBE18B5F19AEDD28C6731DC",
        "0010 dexflow_routing 65872F601DC7EC9E46D9D858E4D5D2B9B27350729E885B37FC46D817226B895D",
        "0011 dexflow_pricing 563A4EB070F97F180861693EA07F562535F76D8729AB05D9A58646121732C242",
        "0012 dexflow_invoicing C02180C98ED3D4C11BEC30EB602C66A0DD30835A04881F59FE87E284A2CCF0FD",
        "0013 dexflow_order_deadlines E5C72ECC0390C9947BA6CF2698026FA855144B83993F2F64124B2BFE2328939A",
        "0014 dexflow_sign_in_audit 2148AA584BFC162D335E66A9EAAB21F00C2DDB2F8525AEF2A414B3895CAE2875",
        "0015 dexflow_order_audiences 01AB8A325605142509DDA7C81DC14334FEC7D74F27582733EC83C9AAD3B777CF",
        "0016 dexflow_orders_by_customer_recent 81C7EE3C907DC7FE1EEB48EDFBC7685674A60D60870113C2668C030F738F1672",
        "0017 dexflow_invoice_documents C1323861B89EEE99AE095A2A42500AE7528C1B002C2532CF9F18181A78A4E424",
        "0018 dexflow_state_written_check 26B309F49518057738E342A57244DF41D24AD594349AFEBE6A27299EA2A7D8DA",
        "0019 dexflow_final_invoices_by_order FECE90A6F4A39E6045BCFA5E645A3060B64F443EB5264196997BD716A78AA422",
        "0020 dexflow_order_words E299269EA278C8C5A586C108D5C7E2AD2BA62DEB9DA42D7766A4D6FEE95E3D0C",
        "0021 dexflow_user_administration 738C581C30492D9D835C64E854A5176657802B2F9C1B107080035AC0994566D9",
        "0022 dexflow_order_resources B510DC1DDDD53DE51DF1D1B9908C70157B2922314C3C54B35819729D6740477D",
        "0023 dexflow_customers AA1D45B59A39A3F3105FB5A86B12690F9214309E31EBD93EE39D71B1086A410B",
        "0024 dexflow_external_logins 8AEE496E80389F5F0EC5C77E65E21F308AE0A2EA6ADF6137940B9721F5A98710",
        "0025 dexflow_qa_checklists 33E934448FD9761B2C336F206159F06B02D450E879330AF4E407BC5139C2352C",
        "0026 dexflow_company_profiles E86736BB6224E95CCA0606212B3CF49A3028C89E8C33640FDC3090E6793EE665",
        "0027 dexflow_reporting 692CE494B60E2A043E2ACBB78D3B9BC923ABF19583D122CA55B151DD8E86E32D",
        "0028 dexflow_report_rollups 901C56F18F5B5E371F1598AE2F62CBE589A533BC4C0DD4FA45982226EC4ED734",
        "0029 dexflow_completion_and_parcel_days DB99760CDED826AFAE02C1546795C69002882C1D007306F61AC658D150FF41DC",
        "0030 dexflow_configuration_audit E12E787E1261A3ABF076AAA6EF179426B8B7F10E5C168D61F732CA1108E6491C",
        "0031 dexflow_order_audit_projection_when_needed CC5B61DF5D9FEE63D4603EAA8216F9BE173120D8F63D1096A6398795944058F7",
        "0032 dexflow_page_readings 19332408FF5AE5D56390A6D48683DF064A47DFF39C753574DF3E5646D1ACE15B",
        "0033 dexflow_events 2A7E10AC0748174E535F368F8DF289FF4D688BC6766018F706156A41807CA916",
        "0034 dexflow_webhooks B42DC173095F119A854B26BFC9D478A441033A111A84B0151BDB370792E5FB9D",
        "0035 dexflow_parcel_waits FE64357D00F676AD0E80B50F3B180EFE5998D45A013180F5913330B46E4196CF",
        "0036 dexflow_notifications 17DB0AD2EA712AA91DD08E6556A41ACA080B54F06C25BEC213E25E52C9E44D83",
    ];

    [Fact]
    public void Every_migration_is_found_once_in_its_order_and_unchanged()
    {
        var embedded = Migration.Embedded.Select(migration => $"{migration.Version:D4} {migration.Name} {migration.Checksum}");

        Assert.Equal(Recorded, embedded);
    }

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
