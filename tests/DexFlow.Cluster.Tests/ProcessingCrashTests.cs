using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>Kills silos, so it has a cluster of its own.</summary>
public sealed class ProcessingCrashTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task An_order_whose_silo_dies_mid_processing_still_reaches_review_on_another_silo()
    {
        var created = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder(), null)).Order;
        var gate = new TaskCompletionSource();
        fixture.Processing.HoldFirstAttempt[created.Number] = gate;
        var order = fixture.Client.GetGrain<IOrderGrain>(created.Number);

        await order.Execute(Mia, new SubmitOrder(), null);
        var first = await Eventually.Get(() => Task.FromResult(fixture.Processing.AttemptsOf(created.Number)), attempts => attempts.Count == 1,
            "the first processing attempt to start");
        await fixture.KillSilo(first[0].Silo);

        // Nobody calls the order meanwhile: only its durable reminder can bring it back to life on the other silo.
        await Eventually.Get(
            () => fixture.Database.Scalar<string>("SELECT stage FROM dexflow.orders WHERE number = @n", ("n", created.Number)),
            stage => stage == nameof(OrderStage.InReview), "the order to reach review after its silo died", TimeSpan.FromSeconds(90));
        var reviewed = await order.Get(Mia);

        var attempts = fixture.Processing.AttemptsOf(created.Number);
        Assert.Equal(2, attempts.Count);
        Assert.NotEqual(first[0].Silo, attempts[1].Silo);
        Assert.Equal((OrderStage.InReview, 1), (reviewed.Stage, reviewed.Revision));
        gate.TrySetResult();
    }
}
