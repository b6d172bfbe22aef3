using DexFlow.Grains.Company;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Reporting.Rollups;

/// <summary>
/// Keeps the daily rollups: each refresh recomputes, from the read models, the days before today that are not rolled
/// up yet, the last two rolled-up days again (an order publishes its entries after its state, so the last ones may
/// arrive late), and the earlier days a rollup names as changed; all of them when the shop's time zone changed. One
/// silo refreshes at a time (an advisory lock); a report reads whatever is rolled up and computes the rest.
/// </summary>
public sealed class ReportRollups(NpgsqlDataSource db, CompanyProfiles profiles, TimeProvider time)
{
    private const long LockKey = 0x4465_7846_6C6F_7752; // "DexFlowR"

    /// <summary>Days rolled up before this one were all recomputed at the last refresh; earlier ones may have late entries.</summary>
    private const int LookBackDays = 2;

    /// <summary>
    /// A change carries the time it was made, which comes before its commit: one made before the last refresh may have
    /// become visible only after it. Changes this much older than the last refresh are looked at again.
    /// </summary>
    private static readonly TimeSpan ChangeCommitMargin = TimeSpan.FromMinutes(10);

    private static readonly DateOnly Beginning = new(1900, 1, 1);

    /// <summary>The first day a report must compute itself (days before it are rolled up), or the beginning when none is.</summary>
    public async Task<DateOnly> RolledUntil(ReportRollup rollup, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("SELECT rolled_until FROM dexflow.report_rollups WHERE name = @name AND zone = @zone");
        command.Parameters.AddWithValue("name", rollup.Name);
        command.Parameters.AddWithValue("zone", zone.Id);
        return await command.ExecuteScalarAsync(cancellationToken) is DateOnly day ? day : Beginning;
    }

    /// <summary>Rolls every rollup up to yesterday; false when another silo is refreshing now.</summary>
    public async Task<bool> Refresh(CancellationToken cancellationToken = default)
    {
        var shop = await profiles.Current(cancellationToken);
        var today = shop.Day(time.GetUtcNow());
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var locking = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@key)", connection, transaction))
        {
            locking.Parameters.AddWithValue("key", LockKey);
            if (await locking.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return false;
            }
        }

        foreach (var rollup in ReportRollupCatalog.All)
        {
            await Refresh(connection, transaction, rollup, today, shop.Zone, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task Refresh(NpgsqlConnection connection, NpgsqlTransaction transaction, ReportRollup rollup, DateOnly today, TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        var (rolledUntil, since) = await State(connection, transaction, rollup, zone, cancellationToken);
        var start = rolledUntil is { } until ? until.AddDays(-LookBackDays) : Beginning;
        if (start < today)
        {
            await Recompute(connection, transaction, rollup, start, today, zone, cancellationToken);
        }

        if (rollup.DirtyDaysSql is { } dirtySql && since is { } changedSince)
        {
            foreach (var day in await DirtyDays(connection, transaction, dirtySql, changedSince, zone, cancellationToken))
            {
                if (day < start)
                {
                    await Recompute(connection, transaction, rollup, day, day.AddDays(1), zone, cancellationToken);
                }
            }
        }

        await using var save = new NpgsqlCommand("""
            INSERT INTO dexflow.report_rollups (name, rolled_until, zone, refreshed_at) VALUES (@name, @until, @zone, now())
            ON CONFLICT (name) DO UPDATE SET rolled_until = excluded.rolled_until, zone = excluded.zone, refreshed_at = excluded.refreshed_at
            """, connection, transaction);
        save.Parameters.AddWithValue("name", rollup.Name);
        save.Parameters.AddWithValue("until", today);
        save.Parameters.AddWithValue("zone", zone.Id);
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The day rolled up to and when, or nothing when the rollup is new or was made in another time zone.</summary>
    private static async Task<(DateOnly? RolledUntil, DateTimeOffset? Since)> State(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ReportRollup rollup, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT rolled_until, refreshed_at FROM dexflow.report_rollups WHERE name = @name AND zone = @zone", connection, transaction);
        command.Parameters.AddWithValue("name", rollup.Name);
        command.Parameters.AddWithValue("zone", zone.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateTimeOffset>(1))
            : (null, null);
    }

    private static async Task Recompute(NpgsqlConnection connection, NpgsqlTransaction transaction, ReportRollup rollup, DateOnly from, DateOnly to,
        TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            DELETE FROM dexflow.{rollup.Table} WHERE day >= @from_day AND day < @to_day;
            INSERT INTO dexflow.{rollup.Table} ({string.Join(", ", rollup.Columns)}) {rollup.DaySql};
            """, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("from_day", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to_day", NpgsqlDbType.Date) { Value = to });
        command.Parameters.Add(new NpgsqlParameter("day_from", NpgsqlDbType.TimestampTz) { Value = ZoneDays.Midnight(from, zone).UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("day_to", NpgsqlDbType.TimestampTz) { Value = ZoneDays.Midnight(to, zone).UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("zone", NpgsqlDbType.Text) { Value = zone.Id });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<DateOnly>> DirtyDays(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, DateTimeOffset since,
        TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = (since - ChangeCommitMargin).UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("zone", NpgsqlDbType.Text) { Value = zone.Id });
        var days = new List<DateOnly>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(reader.GetFieldValue<DateOnly>(0));
        }

        return days;
    }
}
