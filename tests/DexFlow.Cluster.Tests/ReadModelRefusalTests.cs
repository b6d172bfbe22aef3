using System.Diagnostics.Metrics;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>A read-model row the store can never take is reported, not retried forever, and holds back no other row.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReadModelRefusalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_row_the_store_refuses_fails_alone_and_the_rows_written_with_it_land()
    {
        var writer = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<OrderReadModelWriter>();
        var good = Enumerable.Range(0, 20).Select(index => Row($"2031-{900_000 + index:D6}", "Good customer")).ToArray();
        var poisoned = Row("2031-900099", "Bad\0customer");

        var writes = good.Select(row => writer.Publish(row, [])).Append(writer.Publish(poisoned, [])).ToArray();
        var refusal = await Assert.ThrowsAsync<RowRefusedException>(() => writes[^1]);
        await Task.WhenAll(writes[..^1]);

        Assert.Equal(20L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.orders WHERE number BETWEEN '2031-900000' AND '2031-900099'"));
        Assert.Contains("0x00", refusal.Message);
    }

    [Fact]
    public async Task An_order_whose_row_is_refused_shows_in_the_silos_health_and_is_not_retried()
    {
        var created = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder("Nul\0 GmbH"), null)).Order;

        var health = fixture.Cluster.Silos.Select(silo => fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<ReadModelHealth>()).ToArray();
        var reported = await Eventually.Get(() => Task.FromResult(health.SelectMany(silo => silo.Refused).ToArray()),
            refused => refused.Any(row => row.Key == $"orders/{created.Number}"), "the refused row to be reported");

        // Not retried: over more than the retry period of a row that is merely behind (5 s), no further refusal.
        long refusedAgain = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Name == "dexflow.read_model.refused_rows")
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref refusedAgain, value));
        listener.Start();
        await Task.Delay(TimeSpan.FromSeconds(7));

        Assert.Contains("0x00", reported.Single(row => row.Key == $"orders/{created.Number}").Value);
        Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.orders WHERE number = @n", ("n", created.Number)));
        Assert.Equal(0L, Interlocked.Read(ref refusedAgain));
    }

    private static OrderRow Row(string number, string customer) =>
        new(number, 1, OrderStage.Draft, 0, "mia", "Mia Manager", customer, null, null, null, null,
            false, ReviewOutcome.Pending, ReviewOutcome.Pending, false, Roles.Manager, DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);
}
