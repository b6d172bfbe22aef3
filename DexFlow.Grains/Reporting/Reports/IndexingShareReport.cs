using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class IndexingShareReport
{
    public static ReportDefinition Definition { get; } = new(
        "indexing",
        "Parcels indexed automatically and by hand",
        "Routed parcels per period of receipt: indexed by DexFlow alone, or by a clerk after manual indexing, and the automatic share.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), Integer("routed"), Integer("automatic"), Integer("byHand"), Number("automaticShare")],
        new ChartShape("period", ["automatic", "byHand"]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT date_trunc(@unit, d.day)::date AS period, sum(d.automatic) AS automatic, sum(d.by_hand) AS by_hand
            FROM {days} d
            GROUP BY 1)
        SELECT p.period, coalesce(f.automatic + f.by_hand, 0), coalesce(f.automatic, 0), coalesce(f.by_hand, 0),
               round(f.automatic::numeric / nullif(f.automatic + f.by_hand, 0), 4)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """)
    {
        Rollup = ReportRollupCatalog.ParcelDays,
    };
}
