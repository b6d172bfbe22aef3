using System.Collections.Immutable;

namespace DexFlow.Contracts.Reports;

/// <summary>
/// A computed report: the time it was computed as of, the window it covers, its columns and rows (values in their
/// invariant text form, null where there is none; the column's kind says how to read them), and a chart-ready series.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.report-table")]
public sealed record ReportTable(
    [property: Id(0)] string Name,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset AsOf,
    [property: Id(3)] DateOnly From,
    [property: Id(4)] DateOnly To,
    [property: Id(5)] ReportPeriod? GroupBy,
    [property: Id(6)] ImmutableArray<ReportColumn> Columns,
    [property: Id(7)] ImmutableArray<ImmutableArray<string?>> Rows,
    [property: Id(8)] ReportChart Chart);

[GenerateSerializer, Immutable, Alias("dexflow.report-column")]
public sealed record ReportColumn(
    [property: Id(0)] string Name,
    [property: Id(1)] ReportValueKind Kind);

/// <summary>How a column's values read: text, a whole number, a decimal number (amounts, hours, shares), a date.</summary>
[GenerateSerializer]
public enum ReportValueKind
{
    Text,
    Integer,
    Number,
    Date,
}

/// <summary>
/// The report as a chart: one label per point along the x axis and one series per measure (or per value of the
/// report's split column, such as the stage or the capture point), aligned with the labels; 0 where a group had no row.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.report-chart")]
public sealed record ReportChart(
    [property: Id(0)] string XAxis,
    [property: Id(1)] ImmutableArray<string> Labels,
    [property: Id(2)] ImmutableArray<ChartSeries> Series);

[GenerateSerializer, Immutable, Alias("dexflow.chart-series")]
public sealed record ChartSeries(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<decimal> Values);
