using DexFlow.Contracts.Reports;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class IntakeReport
{
    public static ReportDefinition Definition { get; } = new(
        "intake",
        "Intake per capture point and channel",
        "Parcels received per period, capture point and channel, with their documents and how many failed.",
        ReportAudiences.Oversight,
        [ReportPeriod.Day, ReportPeriod.Week, ReportPeriod.Month],
        28,
        [Date("period"), Text("capturePoint"), Text("channel"), Integer("parcels"), Integer("documents"), Integer("failed")],
        new ChartShape("period", ["parcels"], SplitBy: "channel"),
        $$"""
        SELECT {{ReportSql.PeriodOf("p.received_at")}} AS period, p.capture_point_id, p.channel, count(*), sum(p.documents),
               count(*) FILTER (WHERE p.stage = 'Failed')
        FROM dexflow.parcels p
        WHERE p.received_at >= @from AND p.received_at < @to
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        """);
}
