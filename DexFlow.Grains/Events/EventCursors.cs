using System.Globalization;
using Npgsql;

namespace DexFlow.Grains.Events;

/// <summary>
/// Where each durable consumer of the event log stands (<c>dexflow.event_cursors</c>). A consumer moves its cursor in the
/// same transaction as what it made of the events it read, so after a crash it goes on exactly where it stopped.
/// </summary>
public sealed class EventCursors(NpgsqlDataSource db, EventLog log)
{
    /// <summary>The consumer's position; a consumer new to the log starts at its end: it acts on what happens from now on.</summary>
    public async Task<EventPosition> Get(string consumer, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("SELECT tx::text, id FROM dexflow.event_cursors WHERE consumer = @consumer");
        command.Parameters.AddWithValue("consumer", consumer);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                return new EventPosition(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1));
            }
        }

        var end = await log.End(cancellationToken);
        await using var start = db.CreateCommand("""
            INSERT INTO dexflow.event_cursors (consumer, tx, id) VALUES (@consumer, @tx::text::xid8, @id) ON CONFLICT (consumer) DO NOTHING
            """);
        start.Parameters.AddWithValue("consumer", consumer);
        start.Parameters.AddWithValue("tx", end.Tx.ToString(CultureInfo.InvariantCulture));
        start.Parameters.AddWithValue("id", end.Id);
        return await start.ExecuteNonQueryAsync(cancellationToken) == 1 ? end : await Get(consumer, cancellationToken);
    }

    /// <summary>Moves the cursor from <paramref name="from"/> to <paramref name="to"/>; touches no row when another reader moved it first.</summary>
    public static NpgsqlBatchCommand Move(string consumer, EventPosition from, EventPosition to)
    {
        var command = new NpgsqlBatchCommand("""
            UPDATE dexflow.event_cursors SET tx = @to_tx::text::xid8, id = @to_id, updated_at = now()
            WHERE consumer = @consumer AND tx = @from_tx::text::xid8 AND id = @from_id
            """);
        command.Parameters.AddWithValue("consumer", consumer);
        command.Parameters.AddWithValue("from_tx", from.Tx.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("from_id", from.Id);
        command.Parameters.AddWithValue("to_tx", to.Tx.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("to_id", to.Id);
        return command;
    }
}
