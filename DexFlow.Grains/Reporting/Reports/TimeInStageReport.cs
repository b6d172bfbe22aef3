using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class TimeInStageReport
{
    /// <summary>A bucket's length: the geometric middle of the lengths it holds, in hours.</summary>
    private static string Hours(string bucket) => $"round((exp(({bucket} + 0.5) * ln({ReportRollupCatalog.BucketGrowth})) / 3600)::numeric, 2)";

    public static ReportDefinition Definition { get; } = new(
        "time-in-stage",
        "Time spent in each stage",
        "How long orders stayed in each stage, over the stays that ended in the window: the median and the 90th percentile "
        + "(nearest rank) in hours, read from lengths counted in buckets 5 % wide (within 2.5 %).",
        ReportAudiences.Oversight,
        [],
        84,
        [Text("stage"), Integer("stays"), Number("medianHours"), Number("p90Hours")],
        new ChartShape("stage", ["medianHours", "p90Hours"]),
        $$"""
        WITH buckets AS (
            SELECT d.stage, d.bucket, sum(d.stays) AS stays FROM {days} d GROUP BY 1, 2),
        running AS (
            SELECT b.*, sum(b.stays) OVER (PARTITION BY b.stage ORDER BY b.bucket) AS below,
                   sum(b.stays) OVER (PARTITION BY b.stage) AS total
            FROM buckets b)
        SELECT r.stage, max(r.total),
               {{Hours("min(r.bucket) FILTER (WHERE r.below >= 0.5 * r.total)")}},
               {{Hours("min(r.bucket) FILTER (WHERE r.below >= 0.9 * r.total)")}}
        FROM running r
        GROUP BY r.stage
        ORDER BY {{ReportSql.StageOrder("r.stage")}}
        """)
    {
        Rollup = ReportRollupCatalog.StageDays,
    };
}
