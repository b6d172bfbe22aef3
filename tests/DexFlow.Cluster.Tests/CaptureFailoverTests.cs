using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills a silo, so it has a cluster of its own.</summary>
public sealed class CaptureFailoverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_capture_points_poller_moves_to_another_silo_when_its_silo_dies()
    {
        var folder = CaptureFolders.Create("failover-");
        var point = fixture.Client.GetGrain<ICapturePointGrain>("failover-" + Guid.NewGuid().ToString("N")[..8]);
        var admin = new Caller("ada", "Ada Administrator", Roles.Administrator);
        await point.Configure(admin, new CapturePointSettings(CaptureKind.Folder, true, CaptureChannel.Folder, TimeSpan.FromMilliseconds(200),
            new FolderSettings(folder, TimeSpan.FromMilliseconds(300), null, null), null));
        Assert.True(fixture.Cluster.TryGetGrainContext(point.GetGrainId(), out var context), "the capture point polls on a silo");
        await fixture.KillSilo(context!.Address.SiloAddress!);

        // Nobody calls the capture point: its reminder restarts the poller on the surviving silo.
        await File.WriteAllBytesAsync(Path.Combine(folder, "scan.png"), TestImages.BlankPng(400, 600));
        await Eventually.Get(() => Task.FromResult(File.Exists(Path.Combine(folder, "processed", "scan.png"))), taken => taken,
            "the file to be taken by the poller on the other silo", TimeSpan.FromMinutes(2));

        var view = await point.Get(admin);
        Assert.Equal(1, view.Statistics.Delivered);
        Assert.True(fixture.Cluster.TryGetGrainContext(point.GetGrainId(), out var moved), "the capture point is active again");
        Assert.NotEqual(context!.Address.SiloAddress, moved!.Address.SiloAddress);
    }
}
