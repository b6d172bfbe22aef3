using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Parcels;
using DexFlow.Grains.Reporting.Reports;

namespace DexFlow.Grains.Reporting.Rollups;

/// <summary>The daily rollups, each the day-by-day form of a report that reads many rows.</summary>
public static class ReportRollupCatalog
{
    /// <summary>Stay lengths are counted in buckets 5 % wide: percentiles read from them are within 2.5 %.</summary>
    public const double BucketGrowth = 1.05;

    public static ReportRollup OrderDays { get; } = new("order-days", "report_order_days",
        ["day", "created", "submitted", "completed", "archived", "cancelled"],
        """
        SELECT (a.at AT TIME ZONE @zone)::date AS day,
               count(*) FILTER (WHERE a.action = 'Create') AS created,
               count(*) FILTER (WHERE a.action = 'Submit' AND a.from_stage = 'Draft') AS submitted,
               count(*) FILTER (WHERE a.action = 'Complete') AS completed,
               count(*) FILTER (WHERE a.action = 'Archive') AS archived,
               count(*) FILTER (WHERE a.action = 'Cancel') AS cancelled
        FROM dexflow.order_audit a
        WHERE a.action = ANY('{Create,Submit,Complete,Archive,Cancel}') AND a.at >= @day_from AND a.at < @day_to
        GROUP BY 1
        """);

    /// <summary>Each reason of a rejection counts once (the reviews' reasons are joined with "; " in an entry's details).</summary>
    public static ReportRollup RejectionDays { get; } = new("rejection-days", "report_rejection_days",
        ["day", "side", "reason", "rejections"],
        """
        SELECT (a.at AT TIME ZONE @zone)::date AS day,
               CASE a.action WHEN 'RejectAccounting' THEN 'Accounting' ELSE 'QA' END AS side,
               r.reason,
               count(*) AS rejections
        FROM dexflow.order_audit a
        CROSS JOIN LATERAL unnest(string_to_array(coalesce(nullif(btrim(a.details), ''), '(no reason given)'), '; ')) AS r (reason)
        WHERE a.action = ANY('{RejectAccounting,RejectQa}') AND a.at >= @day_from AND a.at < @day_to
        GROUP BY 1, 2, 3
        """);

    /// <summary>A breach counts once, on the day its wait was first flagged.</summary>
    public static ReportRollup BreachDays { get; } = new("breach-days", "report_breach_days",
        ["day", .. DeadlineRules.AllWaits],
        $"""
        SELECT (a.at AT TIME ZONE @zone)::date AS day,
               {string.Join(",\n", DeadlineRules.AllWaits.Select(wait => $"count(*) FILTER (WHERE a.details LIKE '{DeadlineRules.FirstFlagPattern(wait)}') AS {wait}"))}
        FROM dexflow.order_audit a
        WHERE a.action = 'FlagDeadline' AND a.at >= @day_from AND a.at < @day_to
        GROUP BY 1
        """);

    public static ReportRollup StageDays { get; } = new("stage-days", "report_stage_days",
        ["day", "stage", "bucket", "stays"],
        $"""
        SELECT (v.left_at AT TIME ZONE @zone)::date AS day, v.stage,
               floor(ln(greatest(extract(epoch FROM v.left_at - v.entered_at), 1)) / ln({BucketGrowth}))::int AS bucket,
               count(*) AS stays
        FROM dexflow.order_stage_visits v
        WHERE v.left_at >= @day_from AND v.left_at < @day_to
        GROUP BY 1, 2, 3
        """);

    /// <summary>Invoices by the day they were issued, with what has been paid on them so far.</summary>
    public static ReportRollup InvoiceDays { get; } = new("invoice-days", "report_invoice_days",
        ["day", "customer_name", "currency", "invoiced", "prepaid", "paid"],
        """
        SELECT * FROM (
            WITH billed AS (
                SELECT i.number, i.kind, i.currency, i.issued_at, o.customer_name,
                       CASE i.kind WHEN 'CreditNote' THEN -i.gross ELSE i.gross - i.deducted END AS amount
                FROM dexflow.invoices i
                JOIN dexflow.orders o ON o.number = i.order_number
                WHERE i.issued_at >= @day_from AND i.issued_at < @day_to),
            paid AS (
                SELECT p.invoice_number, sum(p.amount) AS amount
                FROM dexflow.payments p
                WHERE p.invoice_number IN (SELECT number FROM billed)
                GROUP BY 1)
            SELECT (b.issued_at AT TIME ZONE @zone)::date AS day, b.customer_name, b.currency,
                   sum(b.amount)::numeric(16,2) AS invoiced,
                   coalesce(sum(p.amount) FILTER (WHERE b.kind = 'Prepayment'), 0)::numeric(16,2) AS prepaid,
                   coalesce(sum(p.amount), 0)::numeric(16,2) AS paid
            FROM billed b LEFT JOIN paid p ON p.invoice_number = b.number
            GROUP BY 1, 2, 3) invoice_days
        """,
        """
        SELECT DISTINCT (i.issued_at AT TIME ZONE @zone)::date
        FROM dexflow.payments p JOIN dexflow.invoices i ON i.number = p.invoice_number
        WHERE p.recorded_at >= @since
        """);

    /// <summary>Orders by the day they were completed: on or before their due date (in the shop's time zone), late, or without one.</summary>
    public static ReportRollup CompletionDays { get; } = new("completion-days", "report_completion_days",
        ["day", "completed", "on_time", "late", "no_due_date"],
        """
        SELECT (o.completed_at AT TIME ZONE @zone)::date AS day,
               count(*) AS completed,
               count(*) FILTER (WHERE (o.completed_at AT TIME ZONE @zone)::date <= o.due_date) AS on_time,
               count(*) FILTER (WHERE (o.completed_at AT TIME ZONE @zone)::date > o.due_date) AS late,
               count(*) FILTER (WHERE o.due_date IS NULL) AS no_due_date
        FROM dexflow.orders o
        WHERE o.completed_at >= @day_from AND o.completed_at < @day_to
        GROUP BY 1
        """);

    /// <summary>
    /// Parcels by the day they arrived, capture point and channel: how they fared so far (failed; routed, indexed by
    /// DexFlow alone or by a clerk) and their OCR reading. A parcel moves on after that day, so the days of parcels
    /// whose history grew are recomputed.
    /// </summary>
    public static ReportRollup ParcelDays { get; } = new("parcel-days", "report_parcel_days",
        ["day", "capture_point_id", "channel", "parcels", "documents", "failed", "automatic", "by_hand", "ocr_parcels", "ocr_pages",
            "ocr_confidence_pages", "poor"],
        $"""
        SELECT (p.received_at AT TIME ZONE @zone)::date AS day, p.capture_point_id, p.channel,
               count(*) AS parcels,
               sum(p.documents) AS documents,
               count(*) FILTER (WHERE p.stage = 'Failed') AS failed,
               count(*) FILTER (WHERE p.stage = 'Routed' AND p.indexed_by = '{ParcelIndexingFacts.ByDexFlow}') AS automatic,
               count(*) FILTER (WHERE p.stage = 'Routed' AND p.indexed_by = '{ParcelIndexingFacts.ByClerk}') AS by_hand,
               count(*) FILTER (WHERE p.ocr_pages > 0) AS ocr_parcels,
               coalesce(sum(p.ocr_pages) FILTER (WHERE p.ocr_pages > 0), 0) AS ocr_pages,
               coalesce(sum(p.ocr_confidence::double precision * p.ocr_pages) FILTER (WHERE p.ocr_pages > 0), 0) AS ocr_confidence_pages,
               count(*) FILTER (WHERE p.ocr_pages > 0 AND p.ocr_confidence < {OcrConfidenceReport.Poor}) AS poor
        FROM dexflow.parcels p
        WHERE p.received_at >= @day_from AND p.received_at < @day_to
        GROUP BY 1, 2, 3
        """,
        """
        SELECT DISTINCT (p.received_at AT TIME ZONE @zone)::date
        FROM dexflow.parcel_audit a JOIN dexflow.parcels p ON p.id = a.parcel_id
        WHERE a.at >= @since
        """);

    public static IReadOnlyList<ReportRollup> All { get; } = [OrderDays, RejectionDays, BreachDays, StageDays, InvoiceDays, CompletionDays, ParcelDays];
}
