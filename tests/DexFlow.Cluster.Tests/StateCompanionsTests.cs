using DexFlow.Grains.Orders;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// Rows that ride in a grain's state write (its read model): committed with the write, never without it, and never
/// holding the write back when the store fails them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StateCompanionsTests(ClusterFixture fixture)
{
    /// <summary>
    /// Probe rows (key, text value, the transaction that wrote them), one multi-row statement per batch. A value that
    /// is not text cannot be made into a statement.
    /// </summary>
    private sealed class ProbeRows : IBatchedRows
    {
        public IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<object> items)
        {
            var rows = items.Cast<(string Key, object Value)>().ToArray();
            var command = new NpgsqlBatchCommand("""
                INSERT INTO companion_probe (key, value, written_by) SELECT key, value, txid_current() FROM unnest(@keys, @values) AS t(key, value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, written_by = excluded.written_by
                """);
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(row => row.Key).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(row => (string)row.Value).ToArray() });
            yield return command;
        }
    }

    private readonly ProbeRows _probe = new();

    private IGrainStorage Storage => fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(DexFlowStorage.Batched);

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString());

    private static string KeyOf(GrainId grain) => grain.Key.ToString()!;

    private async Task<StateCompanions> Write(GrainId grain, GrainState<OrderState> state, object value)
    {
        var companions = new StateCompanions(_probe, (KeyOf(grain), value));
        using (companions.Attach(state.State!))
        {
            await Storage.WriteStateAsync("probe", grain, state);
        }

        return companions;
    }

    /// <summary>The probe row's value, "" when there is none.</summary>
    private async Task<string> Probe(string key)
    {
        await fixture.Database.Scalar<object?>("CREATE TABLE IF NOT EXISTS companion_probe (key text PRIMARY KEY, value text NOT NULL, written_by bigint NOT NULL)");
        return await fixture.Database.Scalar<string>("SELECT coalesce(max(value), '') FROM companion_probe WHERE key = @key", ("key", key));
    }

    /// <summary>Whether the probe row was written by the transaction that last wrote <paramref name="grain"/>'s state.</summary>
    private Task<bool> WrittenWithState(string key, GrainId grain) => fixture.Database.Scalar<bool>("""
        SELECT EXISTS (SELECT 1 FROM companion_probe p JOIN orleans_storage s ON s.xmin::text = (p.written_by % 4294967296)::text
                       WHERE p.key = @key AND s.grain_type = 'probe' AND s.grain_id_extension = @grain)
        """, ("key", key), ("grain", KeyOf(grain)));

    [Fact]
    public async Task Rows_attached_to_writes_of_many_grains_are_committed_with_them()
    {
        await Probe("none");
        var grains = Enumerable.Range(0, 100).Select(_ => NewGrain()).ToArray();

        var written = await Task.WhenAll(grains.Select((grain, i) =>
            Write(grain, new GrainState<OrderState> { State = new OrderState { Number = $"n{i}" } }, $"row {i}")));

        Assert.All(written, companions => Assert.True(companions.Written));
        for (var i = 0; i < grains.Length; i++)
        {
            Assert.Equal($"row {i}", await Probe(KeyOf(grains[i])));
            Assert.True(await WrittenWithState(KeyOf(grains[i]), grains[i]), $"row {i} was committed apart from its state");
        }

        Assert.InRange(await fixture.Database.Scalar<long>(
            "SELECT count(DISTINCT written_by) FROM companion_probe WHERE key = ANY(@keys)", ("keys", grains.Select(KeyOf).ToArray())), 1, 50);
    }

    [Fact]
    public async Task Rows_attached_to_a_write_from_a_stale_version_are_not_committed_and_the_other_writes_land()
    {
        await Probe("none");
        var stale = NewGrain();
        var staleState = new GrainState<OrderState> { State = new OrderState { Number = "stale-1" } };
        await Storage.WriteStateAsync("probe", stale, staleState);
        await Storage.WriteStateAsync("probe", stale, new GrainState<OrderState> { State = new OrderState { Number = "stale-2" }, ETag = staleState.ETag });
        var others = Enumerable.Range(0, 30).Select(_ => NewGrain()).ToArray();

        var writes = others.Select(grain => Write(grain, new GrainState<OrderState> { State = new OrderState { Number = "other" } }, "other"))
            .Append(Write(stale, staleState, "from the stale version"))
            .ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[^1]);
        Assert.Equal("", await Probe(KeyOf(stale)));
        // The others' state is written; their rows were, or (set aside with the stale one's) say they were not.
        var written = await Task.WhenAll(writes[..^1]);
        for (var i = 0; i < others.Length; i++)
        {
            var read = new GrainState<OrderState>();
            await Storage.ReadStateAsync("probe", others[i], read);
            Assert.Equal(("other", "1"), (read.State!.Number, read.ETag));
            Assert.Equal(written[i].Written ? "other" : "", await Probe(KeyOf(others[i])));
        }
    }

    [Theory]
    [InlineData("NUL\0 is refused by the server in text")]
    [InlineData(42)]
    public async Task A_write_whose_rows_the_store_refuses_is_committed_without_them(object value)
    {
        await Probe("none");
        var grain = NewGrain();
        var state = new GrainState<OrderState> { State = new OrderState { Number = "kept" } };

        var companions = await Write(grain, state, value);

        Assert.False(companions.Written);
        Assert.Equal("", await Probe(KeyOf(grain)));
        var read = new GrainState<OrderState>();
        await Storage.ReadStateAsync("probe", grain, read);
        Assert.Equal(("kept", "1"), (read.State!.Number, read.ETag));
    }

    [Fact]
    public async Task Rows_are_taken_by_one_write_of_the_state_they_were_attached_for()
    {
        await Probe("none");
        var (other, first, second) = (NewGrain(), NewGrain(), NewGrain());
        var state = new OrderState { Number = "attached" };
        var companions = new StateCompanions(_probe, (KeyOf(first), (object)"once"));

        using (companions.Attach(state))
        {
            await Storage.WriteStateAsync("probe", other, new GrainState<OrderState> { State = new OrderState { Number = "another state" } });
            await Storage.WriteStateAsync("probe", first, new GrainState<OrderState> { State = state });
            await Storage.WriteStateAsync("probe", second, new GrainState<OrderState> { State = state });
        }

        Assert.True(companions.Written);
        Assert.True(await WrittenWithState(KeyOf(first), first));
    }
}
