using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Reports;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders.ReadModel;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Reporting;

/// <summary>Runs a report's SQL for a caller and a window, and reads its rows in their invariant text form.</summary>
public sealed class ReportRunner(NpgsqlDataSource db, Rollups.ReportRollups rollups, TimeProvider time)
{
    private static readonly string[] Stages = Enum.GetNames<OrderStage>();

    public async Task<ReportTable> Run(ReportDefinition report, Caller caller, ReportWindow window, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var command = db.CreateCommand();
        command.CommandText = report.Sql.Replace("{visible}", OrderVisibilityFilter.Build(caller, command), StringComparison.Ordinal);
        if (report.Rollup is { } rollup)
        {
            // Rolled-up days come from the rollup; the days after them (today at least) are computed now.
            var rolledUntil = await rollups.RolledUntil(rollup, window.Zone, cancellationToken);
            var tail = Company.ZoneDays.Midnight(rolledUntil, window.Zone);
            command.CommandText = command.CommandText.Replace("{days}", rollup.Days, StringComparison.Ordinal);
            command.Parameters.Add(new NpgsqlParameter("from_day", NpgsqlDbType.Date) { Value = window.From });
            command.Parameters.Add(new NpgsqlParameter("to_day", NpgsqlDbType.Date) { Value = window.To });
            command.Parameters.Add(new NpgsqlParameter("rolled_until", NpgsqlDbType.Date) { Value = rolledUntil });
            command.Parameters.Add(new NpgsqlParameter("day_from", NpgsqlDbType.TimestampTz) { Value = (tail > window.Start ? tail : window.Start).UtcDateTime });
            command.Parameters.Add(new NpgsqlParameter("day_to", NpgsqlDbType.TimestampTz) { Value = window.End.UtcDateTime });
        }

        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = window.Start.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = window.End.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("zone", NpgsqlDbType.Text) { Value = window.Zone.Id });
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Text) { Value = window.Unit });
        command.Parameters.Add(new NpgsqlParameter("stages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Stages });

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string?>>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new string?[report.Columns.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : Format(reader.GetValue(i));
                }

                rows.Add([.. row]);
            }
        }

        var table = rows.ToImmutable();
        return new ReportTable(report.Name, report.Title, now, window.From, window.To, window.Period, report.Columns, table,
            ReportCharts.Of(report, table));
    }

    private static string Format(object value) => value switch
    {
        DateTime date => DateOnly.FromDateTime(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
