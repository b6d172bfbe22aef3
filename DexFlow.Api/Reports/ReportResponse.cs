using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using DexFlow.Contracts.Reports;

namespace DexFlow.Api.Reports;

/// <summary>
/// A report as JSON: when it was computed as of, the window, the columns, one object per row with typed values
/// (numbers as numbers, dates as yyyy-MM-dd), and the chart-ready series.
/// </summary>
public sealed record ReportResponse(
    string Name,
    string Title,
    DateTimeOffset AsOf,
    DateOnly From,
    DateOnly To,
    ReportPeriod? GroupBy,
    ImmutableArray<ReportColumn> Columns,
    IReadOnlyList<JsonObject> Rows,
    ReportChart Chart)
{
    public static ReportResponse Of(ReportTable table) => new(
        table.Name, table.Title, table.AsOf, table.From, table.To, table.GroupBy, table.Columns,
        [.. table.Rows.Select(row => Row(table.Columns, row))], table.Chart);

    private static JsonObject Row(ImmutableArray<ReportColumn> columns, ImmutableArray<string?> values)
    {
        var row = new JsonObject();
        for (var i = 0; i < columns.Length; i++)
        {
            row[columns[i].Name] = values[i] is not { } value ? null : columns[i].Kind switch
            {
                ReportValueKind.Integer => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
                ReportValueKind.Number => JsonValue.Create(decimal.Parse(value, CultureInfo.InvariantCulture)),
                _ => JsonValue.Create(value),
            };
        }

        return row;
    }
}
