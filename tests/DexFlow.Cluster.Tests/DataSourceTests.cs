using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Npgsql;

namespace DexFlow.Cluster.Tests;

/// <summary>The silo's connection pool: statements that repeat are prepared, no plan is JIT-compiled, and an operator's connection string has the last word.</summary>
public sealed class DataSourceTests : IAsyncLifetime
{
    private const string Repeated = "SELECT count(*) FROM dexflow.content WHERE length > $1";

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_statement_that_repeats_is_prepared_on_its_connection()
    {
        await using var pool = DexFlowDataSource.Create(_database.ConnectionString);

        Assert.Contains(Repeated, await RunThriceAndListPrepared(pool));
    }

    [Fact]
    public async Task A_connection_string_that_turns_preparing_off_wins()
    {
        await using var pool = DexFlowDataSource.Create(_database.ConnectionString + ";Max Auto Prepare=0");

        Assert.DoesNotContain(Repeated, await RunThriceAndListPrepared(pool));
    }

    [Fact]
    public async Task Queries_are_not_compiled_by_the_servers_jit()
    {
        await using var pool = DexFlowDataSource.Create(_database.ConnectionString);
        await using var command = pool.CreateCommand("SHOW jit");

        Assert.Equal("off", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_connection_string_that_sets_the_jit_wins()
    {
        await using var pool = DexFlowDataSource.Create(_database.ConnectionString + ";Options=-c jit=on");
        await using var command = pool.CreateCommand("SHOW jit");

        Assert.Equal("on", await command.ExecuteScalarAsync());
    }

    private static async Task<List<string>> RunThriceAndListPrepared(NpgsqlDataSource pool)
    {
        await using var connection = await pool.OpenConnectionAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var command = new NpgsqlCommand(Repeated, connection) { Parameters = { new() { Value = (long)i } } };
            await command.ExecuteScalarAsync();
        }

        await using var prepared = new NpgsqlCommand("SELECT statement FROM pg_prepared_statements", connection);
        await using var reader = await prepared.ExecuteReaderAsync();
        var statements = new List<string>();
        while (await reader.ReadAsync())
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }
}
