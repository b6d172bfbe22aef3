using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Health;
using Npgsql;
using Orleans.Concurrency;

namespace DexFlow.Grains.Health;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class StoreHealthGrain(NpgsqlDataSource db) : Grain, IStoreHealthGrain
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task Check()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await using var command = db.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            throw new StoreUnavailableException("The store did not answer.");
        }
    }
}
