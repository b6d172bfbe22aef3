using DexFlow.Contracts.Reports;
using DexFlow.Grains.Deadlines;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class DeadlineBreachesReport
{
    private static string Breached(string wait) =>
        $"count(DISTINCT a.number) FILTER (WHERE a.details LIKE '{DeadlineRules.FlagDetailsPrefix(wait)}%') AS {wait}";

    public static ReportDefinition Definition { get; } = new(
        "deadline-breaches",
        "Deadline breaches",
        "Orders flagged for overrunning a wait (review, planning, prepayment) per period.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), .. DeadlineRules.AllWaits.Select(Integer), Integer("orders")],
        new ChartShape("period", [.. DeadlineRules.AllWaits]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT {{ReportSql.PeriodOf("a.at")}} AS period,
                   {{string.Join(",\n", DeadlineRules.AllWaits.Select(Breached))}},
                   count(DISTINCT a.number) FILTER (WHERE a.details LIKE 'The % was due by %') AS orders
            FROM dexflow.order_audit a
            WHERE a.action = 'FlagDeadline' AND a.at >= @from AND a.at < @to
            GROUP BY 1)
        SELECT p.period, {{string.Join(", ", DeadlineRules.AllWaits.Select(wait => $"coalesce(f.{wait}, 0)"))}}, coalesce(f.orders, 0)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """);
}
