using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
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
            SELECT date_trunc(@unit, d.day)::date AS period,
                   sum(d.ocr_parcels) AS parcels,
                   sum(d.ocr_pages) AS pages,
                   round((sum(d.ocr_confidence_pages) / nullif(sum(d.ocr_pages), 0))::numeric, 1) AS mean_confidence,
                   sum(d.poor) AS poor
            FROM {days} d
            GROUP BY 1)
        SELECT p.period, coalesce(f.parcels, 0), coalesce(f.pages, 0), f.mean_confidence, coalesce(f.poor, 0)
        FROM periods p LEFT JOIN facts f USING (period)
        ORDER BY p.period
        """)
    {
        Rollup = ReportRollupCatalog.ParcelDays,
    };
}
