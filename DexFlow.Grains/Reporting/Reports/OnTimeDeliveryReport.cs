using DexFlow.Contracts.Reports;
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
            SELECT {{ReportSql.PeriodOf("o.completed_at")}} AS period,
                   count(*) AS completed,
                   count(*) FILTER (WHERE (o.completed_at AT TIME ZONE @zone)::date <= o.due_date) AS on_time,
                   count(*) FILTER (WHERE (o.completed_at AT TIME ZONE @zone)::date > o.due_date) AS late,
                   count(*) FILTER (WHERE o.due_date IS NULL) AS no_due_date
            FROM dexflow.orders o
            WHERE o.completed_at >= @from AND o.completed_at < @to AND {visible}
            GROUP BY 1)
        SELECT p.period, coalesce(f.completed, 0), coalesce(f.on_time, 0), coalesce(f.late, 0), coalesce(f.no_due_date, 0),
               round(f.on_time::numeric / nullif(f.on_time + f.late, 0), 4)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """);
}
