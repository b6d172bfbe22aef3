namespace DexFlow.Contracts.Reports;

/// <summary>
/// Which report, over which days (both included, in the shop's time zone; each report has a default window ending
/// today), grouped by which period (the report's first choice by default).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.report-request")]
public sealed record ReportRequest(
    [property: Id(0)] string Name,
    [property: Id(1)] DateOnly? From,
    [property: Id(2)] DateOnly? To,
    [property: Id(3)] ReportPeriod? GroupBy);
