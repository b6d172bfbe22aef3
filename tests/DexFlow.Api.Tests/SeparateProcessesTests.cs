using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// The production shape: two silo processes sharing membership in PostgreSQL (ADO.NET clustering) and an API process
/// that finds them there, each started from the build output and configured by environment variables.
/// </summary>
public sealed class SeparateProcessesTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private TestDatabase _database = null!;
    private readonly List<DexFlowProcess> _processes = [];

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(migrate: false);

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Silos_and_the_api_run_as_separate_processes_and_survive_the_loss_of_a_silo()
    {
        var cluster = new Dictionary<string, string>
        {
            ["ConnectionStrings__DexFlow"] = _database.ConnectionString,
            ["DexFlow__Cluster__Mode"] = "AdoNet",
            ["DexFlow__Cluster__ServiceId"] = "dexflow-" + _database.Name,
            ["DexFlow__Cluster__ClusterId"] = _database.Name,
            ["DexFlow__Cluster__AdvertisedAddress"] = "127.0.0.1",
        };
        var first = StartSilo(cluster, seedUsers: true);
        var second = StartSilo(cluster, seedUsers: false);
        await Task.WhenAll(first.WaitUntilReady(StartTimeout), second.WaitUntilReady(StartTimeout));
        var api = Start("DexFlow.Api", "api", new Dictionary<string, string>(cluster) { ["DexFlow__Auth__SigningKey"] = ApiHost.SigningKey });
        await api.WaitUntilReady(StartTimeout);

        var manager = await LogIn(api.Address, "manager");
        var accountant = await LogIn(api.Address, "accountant");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Processes AG")), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview",
            $"order {number} to reach review");
        Assert.Equal(2L, await _database.Scalar<long>("SELECT count(*) FROM orleans_membership WHERE status = 3"));

        // Until the cluster has declared the silo dead, requests through it are answered 503 with Retry-After.
        first.Kill();
        var afterLoss = await Eventually.Get(
            async () => (await manager.Post("/api/orders", OrderForms.Complete("Processes AG"))).StatusCode,
            status => status == HttpStatusCode.Created, "the API to create orders on the remaining silo", TimeSpan.FromSeconds(60));
        var seen = await Eventually.Get(() => GetOrNull(accountant, number), order => order is not null,
            $"order {number} to be readable on the remaining silo", TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.Created, afterLoss);
        Assert.Equal("InReview", seen!["stage"]!.GetValue<string>());
    }

    private static async Task<JsonObject?> GetOrNull(DexFlowHttpClient client, string number)
    {
        var response = await client.Get($"/api/orders/{number}");
        return response.IsSuccessStatusCode ? await Json(response, HttpStatusCode.OK) : null;
    }

    private DexFlowProcess StartSilo(Dictionary<string, string> cluster, bool seedUsers) =>
        Start("DexFlow.Silo", $"silo-{_processes.Count + 1}", new Dictionary<string, string>(cluster)
        {
            ["DexFlow__Cluster__SiloPort"] = DexFlowProcess.FreePort().ToString(),
            ["DexFlow__Cluster__GatewayPort"] = DexFlowProcess.FreePort().ToString(),
            ["DexFlow__SeedDemoUsers"] = seedUsers.ToString(),
        });

    private DexFlowProcess Start(string assembly, string name, Dictionary<string, string> environment)
    {
        var process = DexFlowProcess.Start(assembly, name, environment);
        _processes.Add(process);
        return process;
    }
}
