using System.Collections.Immutable;
using Npgsql;

namespace DexFlow.Grains.Events;

/// <summary>
/// Follows the event log for a durable consumer (the webhooks, the notifications): reads the events after the
/// consumer's cursor and writes what the consumer makes of them in the transaction that moves the cursor past them, so
/// that after a crash the consumer goes on exactly where its last commit left it. Two followers of one consumer (a
/// moment of duplicate activation) cannot both write a batch: the second finds the cursor moved and reads again.
/// </summary>
public sealed class EventFollower(string consumer, EventCursors cursors, EventLog log, NpgsqlDataSource db)
{
    private const int BatchSize = 500;

    private EventPosition? _position;

    /// <summary>
    /// What a consumer makes of a batch of events: the statements to run with the cursor's move. It may read with the
    /// connection and transaction it is given (what it reads is then consistent with what it writes).
    /// </summary>
    public delegate Task<IReadOnlyList<NpgsqlBatchCommand>> Consume(ImmutableArray<LoggedEvent> events, NpgsqlConnection connection, NpgsqlTransaction transaction);

    /// <summary>Consumes everything the log holds after the cursor, a batch per transaction.</summary>
    public async Task CatchUp(Consume consume, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var from = _position ??= await cursors.Get(consumer, cancellationToken);
                var events = await log.After(from, BatchSize, cancellationToken);
                if (events.IsEmpty)
                {
                    return;
                }

                await using var connection = await db.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var move = EventCursors.Move(consumer, from, events[^1].Position);
                await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { move } };
                foreach (var command in await consume(events, connection, transaction))
                {
                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(cancellationToken);
                if (move.RecordsAffected != 1)
                {
                    // Another follower moved the cursor first: read it again rather than write the batch twice.
                    _position = null;
                    return;
                }

                await transaction.CommitAsync(cancellationToken);
                _position = events[^1].Position;
                if (events.Length < BatchSize)
                {
                    return;
                }
            }
        }
        catch
        {
            // Where the cursor stands is known again only from the table.
            _position = null;
            throw;
        }
    }
}
