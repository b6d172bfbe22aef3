using DexFlow.Contracts.Reports;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class OcrConfidenceReport
{
    /// <summary>Below this mean confidence a parcel's reading counts as poor.</summary>
    public const int Poor = 70;

    public static ReportDefinition Definition { get; } = new(
        "ocr-confidence",
        "OCR confidence",
        $"Parcels with pages read by OCR per period of receipt: pages read, the mean confidence per page (0–100), and parcels whose mean was below {Poor}.",
        ReportAudiences.Oversight,
        [ReportPeriod.Week, ReportPeriod.Month, ReportPeriod.Day],
        84,
        [Date("period"), Integer("parcels"), Integer("pages"), Number("meanConfidence"), Integer("poorParcels")],
        new ChartShape("period", ["meanConfidence"]),
        $$"""
        WITH {{ReportSql.Periods}},
        facts AS (
            SELECT {{ReportSql.PeriodOf("p.received_at")}} AS period,
                   count(*) AS parcels,
                   sum(p.ocr_pages) AS pages,
                   round((sum(p.ocr_confidence * p.ocr_pages) / sum(p.ocr_pages))::numeric, 1) AS mean_confidence,
                   count(*) FILTER (WHERE p.ocr_confidence < {{Poor}}) AS poor
            FROM dexflow.parcels p
            WHERE p.ocr_pages > 0 AND p.received_at >= @from AND p.received_at < @to
            GROUP BY 1)
        SELECT p.period, coalesce(f.parcels, 0), coalesce(f.pages, 0), f.mean_confidence, coalesce(f.poor, 0)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """);
}
