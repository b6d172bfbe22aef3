using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Cluster.Tests;

/// <summary>The group commit under the batched grain storage, against the real server.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StatementBatcherTests(ClusterFixture fixture)
{
    private sealed record Row(int Value, long Transaction);

    private StatementBatcher Batcher() => new(fixture.Database.DataSource, NullLogger<StatementBatcher>.Instance);

    private static Func<NpgsqlBatchCommand> Divide(int dividend, int divisor) => () =>
    {
        var command = new NpgsqlBatchCommand("SELECT @dividend / @divisor, txid_current()");
        command.Parameters.Add(new NpgsqlParameter<int>("dividend", NpgsqlDbType.Integer) { TypedValue = dividend });
        command.Parameters.Add(new NpgsqlParameter<int>("divisor", NpgsqlDbType.Integer) { TypedValue = divisor });
        return command;
    };

    private static Row ReadRow(NpgsqlDataReader reader) => new(reader.GetInt32(0), reader.GetInt64(1));

    [Fact]
    public async Task Statements_that_arrive_together_share_transactions_and_each_caller_gets_its_own_row()
    {
        var batcher = Batcher();

        var rows = await Task.WhenAll(Enumerable.Range(1, 100).Select(i => batcher.Run(Divide(i * 6, 2), ReadRow)));

        Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 3), rows.Select(row => row!.Value));
        Assert.True(rows.Select(row => row!.Transaction).Distinct().Count() < 50,
            $"100 statements took {rows.Select(row => row!.Transaction).Distinct().Count()} transactions");
    }

    [Fact]
    public async Task A_statement_the_server_refuses_fails_alone()
    {
        var batcher = Batcher();

        var runs = Enumerable.Range(0, 50).Select(i => batcher.Run(Divide(i, i == 25 ? 0 : 1), ReadRow)).ToArray();

        await Assert.ThrowsAsync<PostgresException>(() => Task.WhenAll(runs));
        Assert.Equal([25], runs.Select((run, i) => (run, i)).Where(item => item.run.IsFaulted).Select(item => item.i));
        Assert.Equal(Enumerable.Range(0, 50).Where(i => i != 25), runs.Where(run => !run.IsFaulted).Select(run => run.Result!.Value));
    }

    [Fact]
    public async Task A_statement_that_returns_no_row_gives_null()
    {
        var row = await Batcher().Run(() => new NpgsqlBatchCommand("SELECT 1, 2::bigint WHERE false"), ReadRow);

        Assert.Null(row);
    }
}
