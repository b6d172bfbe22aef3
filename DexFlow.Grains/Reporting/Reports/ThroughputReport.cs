using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class ThroughputReport
{
    public static ReportDefinition Definition { get; } = new(
        "throughput",
        "Throughput",
        "Orders created, submitted for the first time, completed, archived and cancelled per period.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), Integer("created"), Integer("submitted"), Integer("completed"), Integer("archived"), Integer("cancelled")],
        new ChartShape("period", ["created", "submitted", "completed", "archived", "cancelled"]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT date_trunc(@unit, d.day)::date AS period, sum(d.created) AS created, sum(d.submitted) AS submitted,
                   sum(d.completed) AS completed, sum(d.archived) AS archived, sum(d.cancelled) AS cancelled
            FROM {days} d
            GROUP BY 1)
        SELECT p.period, coalesce(f.created, 0), coalesce(f.submitted, 0), coalesce(f.completed, 0), coalesce(f.archived, 0),
               coalesce(f.cancelled, 0)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """)
    {
        Rollup = ReportRollupCatalog.OrderDays,
    };
}
