using System.Text.Json.Nodes;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Content;
using DexFlow.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills silos, so it has a cluster of its own.</summary>
public sealed class ParcelCrashTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_parcel_whose_silo_dies_while_reading_its_pages_is_finished_by_another_silo()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SharedData.Samples, "s023-multi.pdf"));
        var truth = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SharedData.Samples, "s023-multi.truth.json")))!;
        var content = await fixture.Content.Put(bytes, long.MaxValue);
        var delivery = new Delivery("crash-test", CaptureChannel.Scanner, Guid.NewGuid().ToString(), [new IncomingFile("batch.pdf", "application/pdf", content)], DeliveryDetails.None);
        var parcel = fixture.Client.GetGrain<IParcelGrain>(delivery.ParcelId);

        await parcel.Receive(Caller.System, delivery);
        await Eventually.Get(() => Stage(delivery.ParcelId), stage => stage == nameof(ParcelStage.Splitting), "the parcel to start reading its pages");
        Assert.True(fixture.Cluster.TryGetGrainContext(parcel.GetGrainId(), out var context), "the parcel is active on a silo");
        await fixture.KillSilo(context!.Address.SiloAddress!);

        // Nobody calls the parcel meanwhile: only its durable reminder can bring it back on the other silo.
        await Eventually.Get(() => Stage(delivery.ParcelId), stage => stage == nameof(ParcelStage.Routed),
            "the parcel to be routed after its silo died", TimeSpan.FromMinutes(4));
        var routed = await parcel.Get(Caller.System);

        Assert.Equal(truth["documents"]!.AsArray().Count, routed.Documents.Length);
        Assert.Contains(routed.History, entry => entry.Action == "Start");
        Assert.Equal(nameof(ParcelStage.Routed), routed.History[^1].To.ToString());
    }

    private Task<string> Stage(string id) =>
        fixture.Database.Scalar<string>("SELECT coalesce((SELECT stage FROM dexflow.parcels WHERE id = @id), 'none')", ("id", id));
}
