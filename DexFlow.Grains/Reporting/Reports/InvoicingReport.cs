using DexFlow.Contracts.Reports;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class InvoicingReport
{
    public static ReportDefinition Definition { get; } = new(
        "invoicing",
        "Invoiced, prepaid and outstanding amounts",
        "Per period of issue and customer: what was invoiced (final invoices net of deducted prepayments, prepayment "
        + "invoices, less credit notes), what was paid of it, of that on prepayment invoices, and what is outstanding.",
        ReportAudiences.Financial,
        [ReportPeriod.Month, ReportPeriod.Week, ReportPeriod.Day],
        365,
        [Date("period"), Text("customer"), Text("currency"), Number("invoiced"), Number("prepaid"), Number("paid"), Number("outstanding")],
        new ChartShape("period", ["invoiced", "paid", "outstanding"]),
        $$"""
        WITH billed AS (
            SELECT i.number, i.kind, i.currency, i.issued_at, o.customer_name,
                   CASE i.kind WHEN 'CreditNote' THEN -i.gross ELSE i.gross - i.deducted END AS amount
            FROM dexflow.invoices i
            JOIN dexflow.orders o ON o.number = i.order_number
            WHERE i.issued_at >= @from AND i.issued_at < @to AND {visible}),
        paid AS (
            SELECT p.invoice_number, sum(p.amount) AS amount
            FROM dexflow.payments p
            WHERE p.invoice_number IN (SELECT number FROM billed)
            GROUP BY 1)
        SELECT {{ReportSql.PeriodOf("b.issued_at")}} AS period, b.customer_name, b.currency,
               sum(b.amount),
               coalesce(sum(p.amount) FILTER (WHERE b.kind = 'Prepayment'), 0),
               coalesce(sum(p.amount), 0),
               sum(b.amount) - coalesce(sum(p.amount), 0)
        FROM billed b LEFT JOIN paid p ON p.invoice_number = b.number
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        """);
}
