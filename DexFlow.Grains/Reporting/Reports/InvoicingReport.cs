using DexFlow.Contracts.Reports;
using DexFlow.Grains.Reporting.Rollups;
using static DexFlow.Grains.Reporting.ReportDefinition;

namespace DexFlow.Grains.Reporting.Reports;

public static class InvoicingReport
{
    /// <remarks>
    /// Read from the daily rollup, over every invoiced order: an accountant sees them all, because invoices are issued
    /// from approval on and <see cref="Security.OrderAccessPolicy"/> shows accountants every order from review onward
    /// and those cancelled after it (a test holds the two together).
    /// </remarks>
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
        """
        SELECT date_trunc(@unit, d.day)::date AS period, d.customer_name, d.currency,
               sum(d.invoiced), sum(d.prepaid), sum(d.paid), sum(d.invoiced) - sum(d.paid)
        FROM {days} d
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        """)
    {
        Rollup = ReportRollupCatalog.InvoiceDays,
    };
}
