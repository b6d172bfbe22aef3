using System.Text.Json;

namespace DexFlow.Web.Api;

// Mirrors of the API's reports (DexFlow.Api.Reports.ReportResponse).

/// <summary>A report the user may run, and the periods it can be grouped by (none for reports of a moment or a window).</summary>
public sealed record ReportInfo(string Name, string Title, string Description, bool Financial, IReadOnlyList<string> GroupBy);

public sealed record ReportColumn(string Name, string Kind);

public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>The labels along the x axis and one series per measure, aligned with them.</summary>
public sealed record ReportChart(string XAxis, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series);

/// <summary>A computed report: as of when, over which days, its columns and rows (values as the API typed them), its chart.</summary>
public sealed record ReportResult(
    string Name,
    string Title,
    DateTimeOffset AsOf,
    DateOnly From,
    DateOnly To,
    string? GroupBy,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<Dictionary<string, JsonElement>> Rows,
    ReportChart Chart);
