using DexFlow.Contracts.Reports;
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
            SELECT {{ReportSql.PeriodOf("a.at")}} AS period,
                   count(*) FILTER (WHERE a.action = 'Create') AS created,
                   count(*) FILTER (WHERE a.action = 'Submit' AND a.from_stage = 'Draft') AS submitted,
                   count(*) FILTER (WHERE a.action = 'Complete') AS completed,
                   count(*) FILTER (WHERE a.action = 'Archive') AS archived,
                   count(*) FILTER (WHERE a.action = 'Cancel') AS cancelled
            FROM dexflow.order_audit a
            WHERE a.action = ANY('{Create,Submit,Complete,Archive,Cancel}') AND a.at >= @from AND a.at < @to
            GROUP BY 1)
        SELECT p.period, coalesce(f.created, 0), coalesce(f.submitted, 0), coalesce(f.completed, 0), coalesce(f.archived, 0),
               coalesce(f.cancelled, 0)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """);
}
