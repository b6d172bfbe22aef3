using System.Collections.Concurrent;
using DexFlow.Contracts.Events;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Events;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills silos, so it has a cluster of its own.</summary>
public sealed class EventCrashTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_live_client_gets_every_event_when_the_silo_relaying_them_dies()
    {
        var desk = fixture.Client.GetGrain<IOrderDeskGrain>(0);
        using var stop = new CancellationTokenSource();
        var received = new ConcurrentQueue<DomainEvent>();
        var following = Follow(received, stop.Token);
        await fixture.Client.GetGrain<IEventRelayGrain>(0).Start();

        var before = await Create(desk, 5);
        await Eventually.Get(() => Task.FromResult(Creates(received)), seen => before.All(seen.Contains), "the first orders to be heard of");

        // The relay's silo dies: its reminder, or the next feed that waits in vain, brings it back elsewhere.
        Assert.True(fixture.Cluster.TryGetGrainContext(fixture.Client.GetGrain<IEventRelayGrain>(0).GetGrainId(), out var relay), "the relay is active");
        await fixture.KillSilo(relay!.Address.SiloAddress!);
        var after = await Create(desk, 5);

        await Eventually.Get(() => Task.FromResult(Creates(received)), seen => after.All(seen.Contains),
            "the orders created after the relay's silo died to be heard of", TimeSpan.FromMinutes(2));
        await stop.CancelAsync();
        await following;
        // At least once, in commit order: an event heard again (a lost answer asked for again) comes with its position.
        var positions = received.DistinctBy(item => item.Id).Select(item => Position(item.Position)).ToArray();
        Assert.True(positions.Zip(positions.Skip(1)).All(pair => pair.First < pair.Second), "positions only go forward");
        Assert.All(received.GroupBy(item => item.Id), same => Assert.Single(same.Select(item => item.Position).Distinct()));
    }

    /// <summary>Follows the log as the API does: asking again from the last position, also when a call was lost with its silo.</summary>
    private async Task Follow(ConcurrentQueue<DomainEvent> received, CancellationToken stop)
    {
        string? position = null;
        var live = fixture.Client.GetGrain<ILiveEventsGrain>(0);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var next = await live.Next(Ada, position, TimeSpan.FromSeconds(2));
                foreach (var domainEvent in next.Events)
                {
                    received.Enqueue(domainEvent);
                }

                position = next.Position;
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                await Task.Delay(200, CancellationToken.None);
            }
        }
    }

    private static async Task<string[]> Create(IOrderDeskGrain desk, int count)
    {
        var numbers = new string[count];
        for (var index = 0; index < count; index++)
        {
            numbers[index] = (await desk.Create(Mia, NewOrder(customer: "Events Crash AG"), null)).Order.Number;
        }

        return numbers;
    }

    private static HashSet<string> Creates(ConcurrentQueue<DomainEvent> received) =>
        [.. received.Where(item => item.Type == "Order.Create").Select(item => item.Subject)];

    private static EventPosition Position(string text) => EventPosition.Parse(text, "position");
}
