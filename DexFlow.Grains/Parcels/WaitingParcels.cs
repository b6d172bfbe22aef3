using Npgsql;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// Announces parcels that have waited for a clerk longer than allowed (<see cref="ParcelOptions.ClerkWaitAlertAfter"/>):
/// a <c>Parcel.WaitTooLong</c> event per wait, once, for the clerks (who see waiting parcels) and whoever listens for it.
/// </summary>
public sealed class WaitingParcels(NpgsqlDataSource db)
{
    public const string WaitTooLong = "WaitTooLong";

    /// <summary>Announces the waits longer than <paramref name="after"/> not yet announced; how many it announced.</summary>
    public async Task<int> AnnounceLongerThan(TimeSpan after, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand($"""
            WITH overdue AS (
                INSERT INTO dexflow.parcel_wait_alerts (parcel_id, stage_since)
                SELECT id, stage_since FROM dexflow.parcels
                WHERE stage IN ('ManualIndexing', 'Failed') AND stage_since < now() - @after
                ON CONFLICT DO NOTHING
                RETURNING parcel_id, stage_since)
            INSERT INTO dexflow.events (subject_kind, subject, version, at, action, actor_id, actor_name, from_stage, to_stage, details, submitted_by)
            SELECT 'Parcel', p.id, coalesce((SELECT max(a.sequence) FROM dexflow.parcel_audit a WHERE a.parcel_id = p.id), 0), now(),
                   '{WaitTooLong}', 'dexflow', 'DexFlow', p.stage, p.stage,
                   'Waiting for a clerk since ' || to_char(o.stage_since AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), p.submitted_by
            FROM overdue o JOIN dexflow.parcels p ON p.id = o.parcel_id
            """);
        command.Parameters.AddWithValue("after", after);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
