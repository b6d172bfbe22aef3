using DexFlow.Contracts.Planning;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// A configuration change is never lost to the audit trail, nor refused because of it: a change the audit table
/// cannot take now is kept in the grain's state and written with the grain's next change.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConfigurationAuditRetryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_change_the_audit_table_refused_is_written_with_the_next_change()
    {
        var id = $"press-{Guid.NewGuid():N}";
        var resource = fixture.Client.GetGrain<IResourceGrain>(id);

        await fixture.Database.Execute("""
            CREATE FUNCTION dexflow.refuse_configuration_audit() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'the audit table is away'; END $$;
            CREATE TRIGGER refuse_for_test BEFORE INSERT ON dexflow.configuration_audit
                FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_configuration_audit();
            """);
        ResourceView configured;
        try
        {
            configured = await resource.Configure(Ada, Settings("Press A"));
        }
        finally
        {
            await fixture.Database.Execute("""
                DROP TRIGGER refuse_for_test ON dexflow.configuration_audit;
                DROP FUNCTION dexflow.refuse_configuration_audit();
                """);
        }

        var whileRefused = await Changes(id);
        await resource.Configure(Ada, Settings("Press B"));

        Assert.Equal("Press A", configured.Name);
        Assert.Empty(whileRefused);
        Assert.Equal([("Create", "Press A", "ada"), ("Change", "Press B", "ada")], await Changes(id));
    }

    private static ResourceSettings Settings(string name) => new(name, "press",
        new WorkingCalendar([new WorkingHours(DayOfWeek.Monday, new TimeOnly(6, 0), new TimeOnly(22, 0))], []));

    private Task<List<(string Action, string Name, string Actor)>> Changes(string id) =>
        fixture.Database.Rows(
            $"SELECT action, changes -> 'name' ->> 'after', actor_id FROM dexflow.configuration_audit WHERE object_id = '{id}' ORDER BY at",
            row => (row.GetString(0), row.GetString(1), row.GetString(2)));
}
