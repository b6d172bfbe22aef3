using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Content;
using DexFlow.Testing;
using Npgsql;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills a silo between attaching a document and recording the parcel as routed, so it has a cluster of its own.</summary>
public sealed class RoutingCrashTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string OrderNumber = "2026-000101"; // the order s007's barcode names

    [Fact]
    public async Task A_parcel_whose_silo_dies_after_attaching_its_document_is_routed_by_another_silo_and_attached_once()
    {
        await fixture.Client.GetGrain<IOrderGrain>(OrderNumber).Create(SampleOrders.Manager,
            new OrderDraft(new CustomerDetails("Crash test customer", null, null, null, null, null), PrintSpecification.Empty), null);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SharedData.Samples, "s007-price-sheet.tif"));
        var content = await fixture.Content.Put(bytes, long.MaxValue);
        var delivery = new Delivery("crash-test", CaptureChannel.Scanner, Guid.NewGuid().ToString(), [new IncomingFile("price.tif", "image/tiff", content)], DeliveryDetails.None);
        var parcel = fixture.Client.GetGrain<IParcelGrain>(delivery.ParcelId);
        var order = fixture.Client.GetGrain<IOrderGrain>(OrderNumber);

        // Holding this lock stops routing after the document is attached and before the parcel records its route.
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("LOCK TABLE dexflow.routing_decisions IN EXCLUSIVE MODE", connection, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        await parcel.Receive(Caller.System, delivery);
        await Eventually.Get(async () => (await order.Get(SampleOrders.Manager)).Documents.Length, count => count == 1, "the document to be attached", TimeSpan.FromMinutes(2));
        var firstAttempt = await Eventually.Get(WaitingRecorders, pids => pids.Length == 1, "routing to wait for the lock");
        Assert.True(fixture.Cluster.TryGetGrainContext(parcel.GetGrainId(), out var context), "the parcel is active on a silo");
        await fixture.KillSilo(context!.Address.SiloAddress!);

        // The parcel's reminder brings it back on the surviving silo, which routes again: attach, then wait to record.
        await Eventually.Get(WaitingRecorders, pids => pids.Except(firstAttempt).Any(), "the surviving silo to route the parcel again", TimeSpan.FromMinutes(2));
        await transaction.RollbackAsync();
        var routed = await Eventually.Get(() => parcel.Get(Caller.System), view => view.Stage == ParcelStage.Routed, "the parcel to be routed", TimeSpan.FromMinutes(1));

        var attached = await order.Get(SampleOrders.Manager);
        Assert.Equal((RouteKind.AttachToOrder, OrderNumber), (routed.Documents[0].Route!.Kind, routed.Documents[0].Route!.OrderNumber));
        Assert.Equal([ParcelIds.Document(delivery.ParcelId, 0)], attached.Documents.Select(document => document.DocumentId));
        Assert.Single(await order.History(SampleOrders.Manager), entry => entry.Action == OrderAction.AttachDocument);
        Assert.Equal(OrderStage.Draft, attached.Stage);
    }

    /// <summary>The database sessions waiting to record a routing decision.</summary>
    private async Task<int[]> WaitingRecorders()
    {
        await using var command = fixture.Database.DataSource.CreateCommand("""
            SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO dexflow.routing_decisions%'
            """);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return [.. pids];
    }
}
