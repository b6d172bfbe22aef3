using DexFlow.Grains.Accounts;

namespace DexFlow.Testing;

/// <summary>A test cluster with the demo accounts seeded, and the REST API in front of it on a real port.</summary>
public class ApiFixture : ClusterFixture
{
    public ApiHost Api { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoUsers.Seed(new UserAccounts(Database.DataSource));
        await SampleOrders.Create(Client, Database);
        Api = await ApiHost.StartAsync(Client, ApiSettings());
    }

    /// <summary>Configuration the API starts with beyond the test defaults (a fixture may add an identity provider).</summary>
    protected virtual IDictionary<string, string?>? ApiSettings() => null;

    public override async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
