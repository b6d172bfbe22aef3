using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Webhooks;
using DexFlow.Grains.Webhooks;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills the silo that sends webhook deliveries, so it has a cluster of its own.</summary>
public sealed class WebhookCrashTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Every_event_reaches_the_endpoint_when_the_dispatchers_silo_dies_and_none_becomes_two_deliveries()
    {
        // A slow endpoint, so that deliveries are in flight when the silo dies.
        _receiver.Delay = TimeSpan.FromSeconds(2);
        var webhook = (await fixture.Client.GetGrain<IWebhooksGrain>(0).Register(Ada, new WebhookSettings(_receiver.Url("/crash"), ["Order.Create"], null))).Webhook;
        var desk = fixture.Client.GetGrain<IOrderDeskGrain>(0);
        var before = await Create(desk, 10);
        await Eventually.Get(() => Task.FromResult(_receiver.Received.Count), count => count >= 3, "the first deliveries to be under way");

        Assert.True(fixture.Cluster.TryGetGrainContext(fixture.Client.GetGrain<IWebhookDispatcherGrain>(0).GetGrainId(), out var dispatcher),
            "the dispatcher is active");
        await fixture.KillSilo(dispatcher!.Address.SiloAddress!);
        var after = await Create(desk, 10);

        // Its reminder brings the dispatcher back on the other silo; deliveries it had claimed are due again after their lease.
        await Eventually.Get(() => Task.FromResult(Subjects()), seen => before.Concat(after).All(seen.Contains),
            "every order to reach the endpoint", TimeSpan.FromMinutes(2));
        var counts = await Eventually.Get(() => Deliveries(webhook.Id), counts => counts.Delivered == 20, "every delivery to be settled", TimeSpan.FromMinutes(1));
        Assert.Equal((20L, 20L), (counts.Rows, counts.Events));

        // An attempt the dying silo had under way may have reached the endpoint before its answer was lost, and is sent
        // again: the same event id and body, for the endpoint to recognise. Nothing else arrives twice.
        var repeated = _receiver.Received.GroupBy(delivery => delivery.EventId).Where(same => same.Count() > 1).ToArray();
        Assert.True(repeated.Length <= new WebhookOptions().MaxInFlight, $"{repeated.Length} events arrived more than once");
        Assert.All(repeated, same => Assert.Single(same.Select(delivery => delivery.Body).Distinct()));
    }

    private async Task<(long Rows, long Events, long Delivered)> Deliveries(Guid webhook)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("""
            SELECT count(*), count(DISTINCT event_id), count(*) FILTER (WHERE status = 'Delivered')
            FROM dexflow.webhook_deliveries WHERE webhook_id = @webhook
            """);
        command.Parameters.AddWithValue("webhook", webhook);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private HashSet<string> Subjects() => [.. _receiver.Received.Select(delivery => delivery.Event.GetProperty("subject").GetString()!)];

    private static async Task<string[]> Create(IOrderDeskGrain desk, int count)
    {
        var numbers = new string[count];
        for (var index = 0; index < count; index++)
        {
            numbers[index] = (await desk.Create(Mia, NewOrder(customer: "Webhook Crash AG"), null)).Order.Number;
        }

        return numbers;
    }
}
