using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class RejectionsReport
{
    /// <summary>The reviews' reasons are joined with this in an audit entry's details (OrderWorkflow).</summary>
    private const string ReasonSeparator = "; ";

    public static ReportDefinition Definition { get; } = new(
        "rejections",
        "Rejections by side and reason",
        "Review rejections in the window, by the side that rejected (Accounting, QA) and each reason given.",
        ReportAudiences.Oversight,
        [],
        84,
        [Text("side"), Text("reason"), Integer("rejections")],
        new ChartShape("reason", ["rejections"], SplitBy: "side"),
        $$"""
        SELECT CASE a.action WHEN 'RejectAccounting' THEN 'Accounting' ELSE 'QA' END AS side,
               r.reason,
               count(*)
        FROM dexflow.order_audit a
        CROSS JOIN LATERAL unnest(string_to_array(coalesce(nullif(btrim(a.details), ''), '(no reason given)'), '{{ReasonSeparator}}')) AS r (reason)
        WHERE a.action = ANY('{RejectAccounting,RejectQa}') AND a.at >= @from AND a.at < @to
        GROUP BY 1, 2
        ORDER BY 1, 3 DESC, 2
        """);
}
