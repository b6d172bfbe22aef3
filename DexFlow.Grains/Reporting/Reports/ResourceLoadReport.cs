using DexFlow.Contracts.Reports;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class ResourceLoadReport
{
    public static ReportDefinition Definition { get; } = new(
        "resource-load",
        "Resource load per day",
        "Processes booked on each resource and their planned hours, by the day (or week) they start; by default the four weeks from today.",
        ReportAudiences.Oversight,
        [ReportPeriod.Day, ReportPeriod.Week],
        28,
        [Date("period"), Text("resource"), Integer("processes"), Number("bookedHours")],
        new ChartShape("period", ["bookedHours"], SplitBy: "resource"),
        $$"""
        SELECT {{ReportSql.PeriodOf("b.starts")}} AS period, b.resource_id, count(*), round(sum(b.minutes) / 60.0, 2)
        FROM dexflow.order_bookings b
        WHERE b.starts >= @from AND b.starts < @to
        GROUP BY 1, 2
        ORDER BY 1, 2
        """)
    {
        DefaultAhead = true,
    };
}
