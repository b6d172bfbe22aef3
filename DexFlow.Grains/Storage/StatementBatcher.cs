using Microsoft.Extensions.Logging;
using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Sends the statements of all grains on this silo to PostgreSQL together (group commit): while one round trip is under
/// way, the statements that arrive wait, and the next round trip takes them all as one batch in one implicit
/// transaction, one commit. Each caller gets its own statement's first row once the batch is committed. A statement
/// may bring rows to commit with it (<see cref="StateCompanions"/>): they go in the same batch, after a check that
/// the statement took effect, and the rows of one kind from all statements as one multi-row statement; when the server
/// fails such a batch, its statements go again without the rows. A statement the server refuses (not a lost
/// connection or a transient error) rolls its batch back: the batch is then sent statement by statement, so only that
/// one fails.
/// </summary>
public sealed partial class StatementBatcher(NpgsqlDataSource db, ILogger<StatementBatcher> logger)
{
    private const int MaxBatch = 256;

    /// <summary>
    /// A statement (built anew for each attempt), how its first row is read, who waits for that row, and the rows to
    /// commit with it (set aside when a batch carrying them fails).
    /// </summary>
    private sealed class Statement(Func<NpgsqlBatchCommand> command, Func<NpgsqlDataReader, object> read, StateCompanions? along)
    {
        public Func<NpgsqlBatchCommand> Command => command;

        public Func<NpgsqlDataReader, object> Read => read;

        public StateCompanions? Along { get; private set; } = along;

        public TaskCompletionSource<object?> Row { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void DropCompanions() => Along = null;
    }

    private readonly Lock _gate = new();
    private List<Statement> _waiting = [];
    private bool _sending;

    /// <summary>
    /// Runs the statement with others; null when it returned no row. <paramref name="along"/>'s rows are committed with
    /// it only if its check passes; they are marked written when they were.
    /// </summary>
    public async Task<TRow?> Run<TRow>(Func<NpgsqlBatchCommand> command, Func<NpgsqlDataReader, TRow> readRow, StateCompanions? along = null)
        where TRow : class
    {
        var statement = new Statement(command, readRow, along);
        bool send;
        lock (_gate)
        {
            _waiting.Add(statement);
            send = !_sending;
            _sending = true;
        }

        if (send)
        {
            // The sender serves every grain: it must not carry this caller's ambient values (attached rows) along.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(SendWhileWaiting);
            }
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
                batch[i].Along?.Committed();
                batch[i].Row.TrySetResult(rows[i]);
            }
        }
        catch (Exception failed) when (NothingCommitted(failed) && batch.Any(statement => statement.Along is not null))
        {
            // Rows never hold back the state they follow (nor other grains' state): the statements go again without
            // them, and their grains write them on their own. This also covers a check that failed: a write that lost
            // to another version then fails alone, as it would have without rows.
            LogRowsSetAside(failed, batch.Count);
            batch.ForEach(statement => statement.DropCompanions());
            await Send(batch);
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
            var failure = exception is UnsentBatchException unsent ? unsent.InnerException! : exception;
            batch.ForEach(statement => statement.Row.TrySetException(failure));
        }
    }

    private async Task<object?[]> Execute(List<Statement> batch)
    {
        var rows = new object?[batch.Count];
        await using var connection = await db.OpenConnectionAsync();
        await using var statements = new NpgsqlBatch(connection);
        NpgsqlDataReader reader;
        try
        {
            foreach (var statement in batch)
            {
                statements.BatchCommands.Add(statement.Command());
                if (statement.Along is { } along)
                {
                    statements.BatchCommands.Add(along.Check());
                }
            }

            foreach (var kind in batch.Select(statement => statement.Along).OfType<StateCompanions>().GroupBy(along => along.Writer))
            {
                foreach (var command in kind.Key.Commands(kind.Select(along => along.Item).ToArray()))
                {
                    statements.BatchCommands.Add(command);
                }
            }

            reader = await statements.ExecuteReaderAsync();
        }
        catch (Exception unsent) when (unsent is not NpgsqlException and not OperationCanceledException)
        {
            // The client could not make or send the batch (a value it cannot encode); without the batch's end the
            // server commits nothing.
            throw new UnsentBatchException(unsent);
        }

        // The rows are handed out only after every result was read: the server commits the batch after its last
        // statement, and a failed check, row or commit must fail every caller.
        await using (reader)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (i > 0)
                {
                    await reader.NextResultAsync();
                }

                rows[i] = await reader.ReadAsync() ? batch[i].Read(reader) : null;
                if (batch[i].Along is not null)
                {
                    await reader.NextResultAsync();
                }
            }

            while (await reader.NextResultAsync())
            {
            }
        }

        return rows;
    }

    /// <summary>The server answered with an error (it rolled the batch back), or the client could not send the batch.</summary>
    private static bool NothingCommitted(Exception exception) => exception is PostgresException or UnsentBatchException;

    private sealed class UnsentBatchException(Exception reason) : Exception(reason.Message, reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} statements failed with the rows riding in it; sending the statements without them")]
    private partial void LogRowsSetAside(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store refused a batch of {Count} statements; sending them one by one")]
    private partial void LogBatchRefused(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} statements failed")]
    private partial void LogBatchFailed(Exception exception, int count);
}
