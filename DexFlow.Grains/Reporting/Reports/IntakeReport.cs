using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
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
        """
        SELECT date_trunc(@unit, d.day)::date AS period, d.capture_point_id, d.channel, sum(d.parcels), sum(d.documents), sum(d.failed)
        FROM {days} d
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        """)
    {
        Rollup = ReportRollupCatalog.ParcelDays,
    };
}
