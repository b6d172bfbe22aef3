using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class TimeInStageReport
{
    public static ReportDefinition Definition { get; } = new(
        "time-in-stage",
        "Time spent in each stage",
        "How long orders stayed in each stage, median and 90th percentile in hours, over the stays that ended in the window.",
        ReportAudiences.Oversight,
        [],
        84,
        [Text("stage"), Integer("stays"), Number("medianHours"), Number("p90Hours")],
        new ChartShape("stage", ["medianHours", "p90Hours"]),
        $$"""
        SELECT v.stage,
               count(*),
               round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.left_at - v.entered_at)) / 3600)::numeric, 2),
               round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.left_at - v.entered_at)) / 3600)::numeric, 2)
        FROM dexflow.order_stage_visits v
        WHERE v.left_at >= @from AND v.left_at < @to
        GROUP BY v.stage
        ORDER BY {{ReportSql.StageOrder("v.stage")}}
        """);
}
