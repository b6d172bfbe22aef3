using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Gathers writes from all grains on this silo into batches, one store round trip per batch, so that a read model
/// costs the store a fraction of the grain-state writes it follows. Each caller's task completes when its item is
/// committed (or fails with the batch). An item the store refuses for its content does not hold back the rest: the
/// batch is then written item by item, and only that item fails, with <see cref="RowRefusedException"/>. The same
/// statements also carry items in grains' state writes (<see cref="IBatchedRows"/>, <see cref="StateCompanions"/>).
/// </summary>
public abstract class BatchedWriter<T>(NpgsqlDataSource db) : BackgroundService, IBatchedRows
{
    private const int MaxBatch = 256;

    private sealed record Pending(T Item, TaskCompletionSource Done);

    /// <summary>The store the rows are written to, for the reads a writer also serves.</summary>
    protected NpgsqlDataSource Db => db;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    protected Task Enqueue(T item)
    {
        var pending = new Pending(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Done.Task
            : Task.FromException(new InvalidOperationException($"{GetType().Name} has stopped."));
    }

    /// <summary>The statements that write a batch of items.</summary>
    protected abstract IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<T> batch);

    IEnumerable<NpgsqlBatchCommand> IBatchedRows.Commands(IReadOnlyList<object> items) => Commands(items.Cast<T>().ToArray());

    /// <summary>The item, for a state write to carry (typed here, so that the batch can cast it back).</summary>
    protected StateCompanions Along(T item) => new(this, item!);

    /// <summary>Writes one batch in one round trip.</summary>
    private async Task Write(IReadOnlyList<T> batch, CancellationToken cancellationToken)
    {
        await using var statements = db.CreateBatch();
        foreach (var command in Commands(batch))
        {
            statements.BatchCommands.Add(command);
        }

        await statements.ExecuteNonQueryAsync(cancellationToken);
    }

    protected abstract void Failed(Exception exception, int count);

    private async Task WriteAlone(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await Write([pending.Item], cancellationToken);
            pending.Done.TrySetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Failed(exception, 1);
            pending.Done.TrySetException(StoreFailures.IsRefusedData(exception) ? new RowRefusedException(exception) : exception);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                try
                {
                    await Write(batch.Select(pending => pending.Item).ToArray(), stoppingToken);
                    batch.ForEach(pending => pending.Done.TrySetResult());
                }
                catch (Exception exception) when (exception is not OperationCanceledException && StoreFailures.IsRefusedData(exception) && batch.Count > 1)
                {
                    foreach (var pending in batch)
                    {
                        await WriteAlone(pending, stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Failed(exception, batch.Count);
                    var failure = StoreFailures.IsRefusedData(exception) ? new RowRefusedException(exception) : exception;
                    batch.ForEach(pending => pending.Done.TrySetException(failure));
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            batch.ForEach(pending => pending.Done.TrySetCanceled(stoppingToken));
        }
    }
}
