using Microsoft.Extensions.Logging;
using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Sends the statements of all grains on this silo to PostgreSQL together (group commit): while one round trip is under
/// way, the statements that arrive wait, and the next round trip takes them all as one batch in one implicit
/// transaction, one commit. Each caller gets its own statement's first row once the batch is committed. A statement
/// the server refuses (not a lost connection or a transient error) rolls its batch back: the batch is then sent
/// statement by statement, so only that one fails.
/// </summary>
public sealed partial class StatementBatcher(NpgsqlDataSource db, ILogger<StatementBatcher> logger)
{
    private const int MaxBatch = 256;

    /// <summary>A statement (built anew for each attempt), how its first row is read, and who waits for that row.</summary>
    private sealed record Statement(Func<NpgsqlBatchCommand> Command, Func<NpgsqlDataReader, object> Read)
    {
        public TaskCompletionSource<object?> Row { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly Lock _gate = new();
    private List<Statement> _waiting = [];
    private bool _sending;

    /// <summary>Runs the statement with others; null when it returned no row.</summary>
    public async Task<TRow?> Run<TRow>(Func<NpgsqlBatchCommand> command, Func<NpgsqlDataReader, TRow> readRow) where TRow : class
    {
        var statement = new Statement(command, readRow);
        bool send;
        lock (_gate)
        {
            _waiting.Add(statement);
            send = !_sending;
            _sending = true;
        }

        if (send)
        {
            _ = Task.Run(SendWhileWaiting);
        }

        return (TRow?)await statement.Row.Task;
    }

    private async Task SendWhileWaiting()
    {
        while (true)
        {
            List<Statement> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sending = false;
                    return;
                }

                batch = _waiting.Count <= MaxBatch ? _waiting : _waiting[..MaxBatch];
                _waiting = _waiting.Count <= MaxBatch ? [] : _waiting[MaxBatch..];
            }

            await Send(batch);
        }
    }

    private async Task Send(List<Statement> batch)
    {
        try
        {
            var rows = await Execute(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Row.TrySetResult(rows[i]);
            }
        }
        catch (PostgresException refused) when (batch.Count > 1 && !refused.IsTransient)
        {
            // The server refused a statement, not the connection or the moment (those would fail every statement
            // alone too). Nothing of the batch was committed; find the one it refuses.
            LogBatchRefused(refused, batch.Count);
            foreach (var statement in batch)
            {
                await Send([statement]);
            }
        }
        catch (Exception exception)
        {
            LogBatchFailed(exception, batch.Count);
            batch.ForEach(statement => statement.Row.TrySetException(exception));
        }
    }

    private async Task<object?[]> Execute(List<Statement> batch)
    {
        var rows = new object?[batch.Count];
        await using var connection = await db.OpenConnectionAsync();
        await using var statements = new NpgsqlBatch(connection);
        batch.ForEach(statement => statements.BatchCommands.Add(statement.Command()));

        // The rows are handed out only after the reader is closed: the server commits the batch after its last
        // statement, and a failed commit must fail every caller.
        await using (var reader = await statements.ExecuteReaderAsync())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (i > 0)
                {
                    await reader.NextResultAsync();
                }

                rows[i] = await reader.ReadAsync() ? batch[i].Read(reader) : null;
            }
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store refused a batch of {Count} statements; sending them one by one")]
    private partial void LogBatchRefused(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} statements failed")]
    private partial void LogBatchFailed(Exception exception, int count);
}
