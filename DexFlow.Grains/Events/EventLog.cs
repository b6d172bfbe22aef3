using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Events;
using Npgsql;

namespace DexFlow.Grains.Events;

/// <summary>
/// Reads <c>dexflow.events</c> in commit order. Only events of transactions older than every transaction still running
/// are read, so an event never appears behind a position already read: what follows a position is final.
/// </summary>
public sealed class EventLog(NpgsqlDataSource db)
{
    private const string Committed = "tx < pg_snapshot_xmin(pg_current_snapshot())";

    /// <summary>At most <paramref name="max"/> events after <paramref name="after"/>, oldest first.</summary>
    public async Task<ImmutableArray<LoggedEvent>> After(EventPosition after, int max, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"""
            SELECT id, tx::text, subject_kind, subject, version, at, action, actor_id, actor_name, from_stage, to_stage, details,
                   manager_id, coalesce(reached_review, false), coalesce(resources, ARRAY[]::text[]), submitted_by
            FROM dexflow.events
            WHERE (tx, id) > (@tx::text::xid8, @id) AND {Committed}
            ORDER BY tx, id
            LIMIT @max
            """);
        command.Parameters.AddWithValue("tx", after.Tx.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("id", after.Id);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = ImmutableArray.CreateBuilder<LoggedEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = new EventPosition(ulong.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetInt64(0));
            var kind = reader.GetString(2);
            var action = reader.GetString(6);
            events.Add(new LoggedEvent(
                new DomainEvent(
                    position.Id,
                    position.ToString(),
                    $"{kind}.{action}",
                    kind,
                    reader.GetString(3),
                    reader.GetInt64(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    reader.GetString(7),
                    reader.GetString(8),
                    reader.GetString(9),
                    reader.GetString(10),
                    reader.IsDBNull(11) ? null : reader.GetString(11)),
                position,
                action,
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.GetBoolean(13),
                [.. reader.GetFieldValue<string[]>(14)],
                reader.IsDBNull(15) ? null : reader.GetString(15)));
        }

        return events.ToImmutable();
    }

    /// <summary>The position of the newest event that is final: a client starting now follows the log from there.</summary>
    public async Task<EventPosition> End(CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT tx::text, id FROM dexflow.events WHERE {Committed} ORDER BY tx DESC, id DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new EventPosition(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1))
            : EventPosition.Start;
    }
}
