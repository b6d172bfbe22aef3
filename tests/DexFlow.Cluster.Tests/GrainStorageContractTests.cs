using DexFlow.Grains.Orders;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace DexFlow.Cluster.Tests;

/// <summary>DexFlow's SQL for Orleans grain storage, exercised through the ADO.NET provider itself.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainStorageContractTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(DexFlowStorage.Name);

    [Fact]
    public async Task Two_activations_creating_the_same_state_cannot_both_succeed()
    {
        var grain = GrainId.Create("probe", Guid.NewGuid().ToString());
        var first = new GrainState<OrderState> { State = new OrderState { Number = "first" } };
        var second = new GrainState<OrderState> { State = new OrderState { Number = "second" } };

        await Storage.WriteStateAsync("probe", grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("probe", grain, second));
        var read = new GrainState<OrderState>();
        await Storage.ReadStateAsync("probe", grain, read);
        Assert.Equal(("first", "1", true), (read.State!.Number, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task A_write_from_a_stale_version_is_refused()
    {
        var grain = GrainId.Create("probe", Guid.NewGuid().ToString());
        var state = new GrainState<OrderState> { State = new OrderState { Number = "v1" } };
        await Storage.WriteStateAsync("probe", grain, state);
        var stale = new GrainState<OrderState> { State = new OrderState { Number = "stale" }, ETag = state.ETag };
        state.State = new OrderState { Number = "v2" };
        await Storage.WriteStateAsync("probe", grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("probe", grain, stale));
        Assert.Equal("2", state.ETag);
    }

    [Fact]
    public async Task Cleared_state_reads_as_absent_and_can_be_written_again()
    {
        var grain = GrainId.Create("probe", Guid.NewGuid().ToString());
        var state = new GrainState<OrderState> { State = new OrderState { Number = "kept" } };
        await Storage.WriteStateAsync("probe", grain, state);

        await Storage.ClearStateAsync("probe", grain, state);
        var read = new GrainState<OrderState>();
        await Storage.ReadStateAsync("probe", grain, read);
        Assert.False(read.RecordExists);
        read.State = new OrderState { Number = "again" };
        await Storage.WriteStateAsync("probe", grain, read);

        Assert.Equal("2", state.ETag);
        Assert.Equal("3", read.ETag);
        Assert.Equal(1L, await fixture.Database.Scalar<long>(
            "SELECT count(*) FROM orleans_storage WHERE grain_type = 'probe' AND grain_id_extension = @key", ("key", grain.Key.ToString())));
    }
}
