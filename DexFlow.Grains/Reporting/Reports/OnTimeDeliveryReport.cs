using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class OnTimeDeliveryReport
{
    public static ReportDefinition Definition { get; } = new(
        "on-time-delivery",
        "On-time delivery",
        "Orders completed per period: on or before their due date (in the shop's time zone), late, or without one; the "
        + "on-time share counts orders with a due date.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), Integer("completed"), Integer("onTime"), Integer("late"), Integer("noDueDate"), Number("onTimeShare")],
        new ChartShape("period", ["onTime", "late"]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT date_trunc(@unit, d.day)::date AS period, sum(d.completed) AS completed, sum(d.on_time) AS on_time,
                   sum(d.late) AS late, sum(d.no_due_date) AS no_due_date
            FROM {days} d
            GROUP BY 1)
        SELECT p.period, coalesce(f.completed, 0), coalesce(f.on_time, 0), coalesce(f.late, 0), coalesce(f.no_due_date, 0),
               round(f.on_time::numeric / nullif(f.on_time + f.late, 0), 4)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """)
    {
        Rollup = ReportRollupCatalog.CompletionDays,
    };
}
