using System.Collections.Immutable;
using DexFlow.Contracts.Parcels;
using Npgsql;

namespace DexFlow.Grains.Parcels;

/// <summary>Parcels' rows in <c>dexflow.parcels</c>, for the clerks' queue and lists; a row never goes back to an older version.</summary>
public sealed class ParcelReadModel(NpgsqlDataSource db)
{
    public async Task Upsert(ParcelState state, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.parcels AS p (id, version, stage, capture_point_id, channel, received_at, stage_since, documents,
                reason, sender, subject, submitted_by)
            VALUES (@id, @version, @stage, @capture, @channel, @received, @since, @documents, @reason, @sender, @subject, @submitted)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, stage = excluded.stage, stage_since = excluded.stage_since,
                documents = excluded.documents, reason = excluded.reason, sender = excluded.sender, subject = excluded.subject
            WHERE p.version < excluded.version
            """);
        command.Parameters.AddWithValue("id", state.Id);
        command.Parameters.AddWithValue("version", state.Version);
        command.Parameters.AddWithValue("stage", state.Stage.ToString());
        command.Parameters.AddWithValue("capture", state.CapturePointId);
        command.Parameters.AddWithValue("channel", state.Channel.ToString());
        command.Parameters.AddWithValue("received", state.ReceivedAt);
        command.Parameters.AddWithValue("since", state.StageSince);
        command.Parameters.AddWithValue("documents", state.Documents.Length);
        command.Parameters.AddWithValue("reason", (object?)ParcelViews.Reason(state) ?? DBNull.Value);
        command.Parameters.AddWithValue("sender", (object?)state.Details.Sender ?? DBNull.Value);
        command.Parameters.AddWithValue("subject", (object?)state.Details.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue("submitted", (object?)state.SubmittedBy ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Parcels waiting for a person (manual indexing, failed), oldest first.</summary>
    public async Task<ImmutableArray<ParcelSummary>> Queue(int limit, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            SELECT id, stage, capture_point_id, channel, received_at, stage_since, documents, reason, sender, subject
            FROM dexflow.parcels WHERE stage IN ('ManualIndexing', 'Failed')
            ORDER BY stage_since, id LIMIT @limit
            """);
        command.Parameters.AddWithValue("limit", limit);
        var rows = ImmutableArray.CreateBuilder<ParcelSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ParcelSummary(
                reader.GetString(0),
                Enum.Parse<ParcelStage>(reader.GetString(1)),
                reader.GetString(2),
                Enum.Parse<CaptureChannel>(reader.GetString(3)),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return rows.ToImmutable();
    }
}
