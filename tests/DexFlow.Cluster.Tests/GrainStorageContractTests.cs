using DexFlow.Grains.Orders;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// DexFlow's grain storage: the ADO.NET provider with DexFlow's SQL, and the batched provider that sends the same
/// statements together. Both must keep the same contract on the same rows.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainStorageContractTests(ClusterFixture fixture)
{
    private IGrainStorage Storage(string provider) =>
        fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(provider);

    /// <summary>The batched storage and the grains marked new of one silo (the cluster has two).</summary>
    private (IGrainStorage Storage, FreshGrains Fresh) OneSilosStorage()
    {
        var silo = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress);
        return (silo.GetRequiredKeyedService<IGrainStorage>(DexFlowStorage.Batched), silo.GetRequiredService<FreshGrains>());
    }

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString());

    [Theory]
    [InlineData(DexFlowStorage.Name)]
    [InlineData(DexFlowStorage.Batched)]
    public async Task Two_activations_creating_the_same_state_cannot_both_succeed(string provider)
    {
        var grain = NewGrain();
        var first = new GrainState<OrderState> { State = new OrderState { Number = "first" } };
        var second = new GrainState<OrderState> { State = new OrderState { Number = "second" } };

        await Storage(provider).WriteStateAsync("probe", grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(provider).WriteStateAsync("probe", grain, second));
        var read = new GrainState<OrderState>();
        await Storage(provider).ReadStateAsync("probe", grain, read);
        Assert.Equal(("first", "1", true), (read.State!.Number, read.ETag, read.RecordExists));
    }

    [Theory]
    [InlineData(DexFlowStorage.Name)]
    [InlineData(DexFlowStorage.Batched)]
    public async Task A_write_from_a_stale_version_is_refused(string provider)
    {
        var grain = NewGrain();
        var state = new GrainState<OrderState> { State = new OrderState { Number = "v1" } };
        await Storage(provider).WriteStateAsync("probe", grain, state);
        var stale = new GrainState<OrderState> { State = new OrderState { Number = "stale" }, ETag = state.ETag };
        state.State = new OrderState { Number = "v2" };
        await Storage(provider).WriteStateAsync("probe", grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(provider).WriteStateAsync("probe", grain, stale));
        Assert.Equal("2", state.ETag);
    }

    [Theory]
    [InlineData(DexFlowStorage.Name)]
    [InlineData(DexFlowStorage.Batched)]
    public async Task Cleared_state_reads_as_absent_and_can_be_written_again(string provider)
    {
        var grain = NewGrain();
        var state = new GrainState<OrderState> { State = new OrderState { Number = "kept" } };
        await Storage(provider).WriteStateAsync("probe", grain, state);

        await Storage(provider).ClearStateAsync("probe", grain, state);
        var read = new GrainState<OrderState>();
        await Storage(provider).ReadStateAsync("probe", grain, read);
        Assert.False(read.RecordExists);
        read.State = new OrderState { Number = "again" };
        await Storage(provider).WriteStateAsync("probe", grain, read);

        Assert.Equal("2", state.ETag);
        Assert.Equal("3", read.ETag);
        Assert.Equal(1L, await fixture.Database.Scalar<long>(
            "SELECT count(*) FROM orleans_storage WHERE grain_type = 'probe' AND grain_id_extension = @key", ("key", grain.Key.ToString())));
    }

    [Theory]
    [InlineData(DexFlowStorage.Name, DexFlowStorage.Batched, false)]
    [InlineData(DexFlowStorage.Batched, DexFlowStorage.Name, false)]
    [InlineData(DexFlowStorage.Name, DexFlowStorage.Batched, true)]
    [InlineData(DexFlowStorage.Batched, DexFlowStorage.Name, true)]
    public async Task State_written_by_one_provider_is_read_and_changed_by_the_other(string writer, string reader, bool guidKey)
    {
        // Orders and parcels stored before they moved to the batched provider must be found, and either provider must
        // refuse the other's stale version. Orders and parcels have string keys; other grains may have GUID keys.
        var grain = guidKey ? GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())) : NewGrain();
        var written = new GrainState<OrderState> { State = new OrderState { Number = "2026-000001" } };
        await Storage(writer).WriteStateAsync("probe", grain, written);

        var read = new GrainState<OrderState>();
        await Storage(reader).ReadStateAsync("probe", grain, read);
        Assert.Equal(("2026-000001", "1", true), (read.State!.Number, read.ETag, read.RecordExists));
        read.State = read.State with { Number = "2026-000002" };
        await Storage(reader).WriteStateAsync("probe", grain, read);

        Assert.Equal("2", read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(writer).WriteStateAsync("probe", grain, written));
        var again = new GrainState<OrderState>();
        await Storage(writer).ReadStateAsync("probe", grain, again);
        Assert.Equal("2026-000002", again.State!.Number);
    }

    [Fact]
    public async Task A_grain_named_as_new_whose_state_exists_after_all_cannot_overwrite_it()
    {
        var (storage, fresh) = OneSilosStorage();
        var grain = NewGrain();
        await storage.WriteStateAsync("probe", grain, new GrainState<OrderState> { State = new OrderState { Number = "stored" } });

        var skipped = new GrainState<OrderState>();
        var afterwards = new GrainState<OrderState>();
        using (fresh.Creating(grain))
        {
            await storage.ReadStateAsync("probe", grain, skipped);
            skipped.State = new OrderState { Number = "overwritten" };
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grain, skipped));
            await storage.ReadStateAsync("probe", grain, afterwards);
        }

        Assert.False(skipped.RecordExists);
        Assert.Equal(("stored", "1", true), (afterwards.State!.Number, afterwards.ETag, afterwards.RecordExists));
    }

    [Fact]
    public async Task A_grain_is_new_only_while_the_call_creating_it_lasts()
    {
        var (storage, fresh) = OneSilosStorage();
        var grain = NewGrain();
        await storage.WriteStateAsync("probe", grain, new GrainState<OrderState> { State = new OrderState { Number = "stored" } });

        using (fresh.Creating(grain))
        {
        }

        var read = new GrainState<OrderState>();
        await storage.ReadStateAsync("probe", grain, read);
        Assert.Equal(("stored", true), (read.State!.Number, read.RecordExists));
    }

    [Fact]
    public async Task Writes_of_many_grains_at_once_all_land_and_a_stale_one_fails_alone()
    {
        var storage = Storage(DexFlowStorage.Batched);
        var stale = NewGrain();
        var staleState = new GrainState<OrderState> { State = new OrderState { Number = "stale-1" } };
        await storage.WriteStateAsync("probe", stale, staleState);
        await storage.WriteStateAsync("probe", stale, new GrainState<OrderState> { State = new OrderState { Number = "stale-2" }, ETag = staleState.ETag });

        var grains = Enumerable.Range(0, 200).Select(_ => NewGrain()).ToArray();
        var writes = grains.Select((grain, i) => storage.WriteStateAsync("probe", grain, new GrainState<OrderState> { State = new OrderState { Number = $"n{i}" } }))
            .Append(storage.WriteStateAsync("probe", stale, staleState))
            .ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => Task.WhenAll(writes));
        Assert.Equal(1, writes.Count(write => write.IsFaulted));
        Assert.True(writes[^1].IsFaulted);
        for (var i = 0; i < grains.Length; i++)
        {
            var read = new GrainState<OrderState>();
            await storage.ReadStateAsync("probe", grains[i], read);
            Assert.Equal(($"n{i}", "1"), (read.State!.Number, read.ETag));
        }
    }
}
