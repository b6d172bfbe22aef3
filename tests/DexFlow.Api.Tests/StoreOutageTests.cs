using System.Net;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Accounts;
using DexFlow.Testing;
using Npgsql;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// When PostgreSQL cannot be reached, requests are answered 503 with Retry-After, nothing is acknowledged, and
/// everything works again once it is back. The cluster reaches the database through a proxy the test can cut.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private TcpProxy _proxy = null!;
    private OutageFixture _fixture = null!;

    public async Task InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        _proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, server.Port));
        _fixture = new OutageFixture(_proxy.Port);
        await _fixture.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _fixture.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task While_the_store_is_unreachable_requests_get_503_with_retry_after_and_nothing_changes()
    {
        var manager = await LogIn(_fixture.Api.Address, "manager");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Outage GmbH")), HttpStatusCode.Created))["number"]!.GetValue<string>();

        _proxy.Cut();
        var submit = await manager.Post($"/api/orders/{number}/submit");
        var create = await manager.Post("/api/orders", OrderForms.Complete("Outage GmbH"));
        var ready = await new HttpClient { BaseAddress = _fixture.Api.Address }.GetAsync("/health/ready");
        _proxy.Restore();

        var problem = await Json(submit, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("urn:dexflow:problem:store-unavailable", problem["type"]!.GetValue<string>());
        Assert.NotNull(submit.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, create.StatusCode);
        Assert.NotNull(create.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var afterwards = await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), _ => true, "the order to be readable again");
        Assert.Equal("Draft", afterwards["stage"]!.GetValue<string>());
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task An_order_that_is_not_in_memory_when_the_store_is_unreachable_is_answered_503_not_500()
    {
        var manager = await LogIn(_fixture.Api.Address, "manager");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Asleep GmbH")), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await _fixture.Cluster.DeactivateAsync(_fixture.Client.GetGrain<IOrderGrain>(number));

        _proxy.Cut();
        var read = await manager.Get($"/api/orders/{number}");
        _proxy.Restore();

        var problem = await Json(read, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("urn:dexflow:problem:store-unavailable", problem["type"]!.GetValue<string>());
        Assert.NotNull(read.Headers.RetryAfter);
        var afterwards = await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), _ => true, "the order to be readable again");
        Assert.Equal("Draft", afterwards["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_whose_save_fails_on_the_way_is_answered_504_outcome_unknown_never_503_nothing_changed()
    {
        var manager = await LogIn(_fixture.Api.Address, "manager");
        var created = await manager.Post("/api/orders", OrderForms.Complete("Unconfirmed GmbH"));
        var number = (await Json(created, HttpStatusCode.Created))["number"]!.GetValue<string>();

        _proxy.Cut();
        var edit = await manager.Put($"/api/orders/{number}", OrderForms.Complete("Unconfirmed GmbH", quantity: 7000), ("If-Match", created.Headers.ETag!.Tag));
        _proxy.Restore();

        var problem = await Json(edit, HttpStatusCode.GatewayTimeout);
        Assert.Equal("urn:dexflow:problem:outcome-unknown", problem["type"]!.GetValue<string>());
        Assert.DoesNotContain("127.0.0.1", problem.ToJsonString());
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), _ => true, "the order to be readable again");
    }

    /// <summary>A cluster and API whose grains reach the test database through the proxy.</summary>
    private sealed class OutageFixture(int proxyPort) : ClusterFixture
    {
        public ApiHost Api { get; private set; } = null!;

        protected override string GrainConnectionString(TestDatabase database) =>
            new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = proxyPort, Timeout = 3, CommandTimeout = 5 }.ConnectionString;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await DemoUsers.Seed(new UserAccounts(Database.DataSource));
            Api = await ApiHost.StartAsync(Client);
        }

        public override async Task DisposeAsync()
        {
            await Api.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
