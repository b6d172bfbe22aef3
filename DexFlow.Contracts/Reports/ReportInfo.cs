using System.Collections.Immutable;

namespace DexFlow.Contracts.Reports;

/// <summary>A report the caller may run: its name in the URL, what it shows, and the periods it can be grouped by.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.report-info")]
public sealed record ReportInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] bool Financial,
    [property: Id(4)] ImmutableArray<ReportPeriod> GroupBy);
