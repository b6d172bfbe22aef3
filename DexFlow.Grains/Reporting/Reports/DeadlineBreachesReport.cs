using DexFlow.Contracts.Reports;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class DeadlineBreachesReport
{
    public static ReportDefinition Definition { get; } = new(
        "deadline-breaches",
        "Deadline breaches",
        "Waits (review, planning, prepayment) that overran their deadline, counted once in the period they were first flagged.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), .. DeadlineRules.AllWaits.Select(Integer), Integer("breaches")],
        new ChartShape("period", [.. DeadlineRules.AllWaits]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT date_trunc(@unit, d.day)::date AS period,
                   {{string.Join(", ", DeadlineRules.AllWaits.Select(wait => $"sum(d.{wait}) AS {wait}"))}}
            FROM {days} d
            GROUP BY 1)
        SELECT p.period, {{string.Join(", ", DeadlineRules.AllWaits.Select(wait => $"coalesce(f.{wait}, 0)"))}},
               {{string.Join(" + ", DeadlineRules.AllWaits.Select(wait => $"coalesce(f.{wait}, 0)"))}}
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """)
    {
        Rollup = ReportRollupCatalog.BreachDays,
    };
}
