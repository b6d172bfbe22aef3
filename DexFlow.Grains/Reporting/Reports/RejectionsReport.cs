using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class RejectionsReport
{
    public static ReportDefinition Definition { get; } = new(
        "rejections",
        "Rejections by side and reason",
        "Review rejections in the window, by the side that rejected (Accounting, QA) and each reason given.",
        ReportAudiences.Oversight,
        [],
        84,
        [Text("side"), Text("reason"), Integer("rejections")],
        new ChartShape("reason", ["rejections"], SplitBy: "side"),
        """
        SELECT d.side, d.reason, sum(d.rejections)
        FROM {days} d
        GROUP BY 1, 2
        ORDER BY 1, 3 DESC, 2
        """)
    {
        Rollup = ReportRollupCatalog.RejectionDays,
    };
}
