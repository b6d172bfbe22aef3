using System.Globalization;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Reports;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Company;
using DexFlow.Grains.Reporting;
using DexFlow.Grains.Reporting.Rollups;
using DexFlow.Grains.Security;
using DexFlow.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// Every report on a small data set whose figures are worked out by hand below: three orders of March 2026 (A, B, C)
/// with their audit entries (which the database projects into stays and completion dates, as it does for the grains'
/// entries), their invoices and payments, bookings, and three parcels. The shop is on UTC; weeks start on Monday 2 March.
/// </summary>
public sealed class ReportFiguresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly Caller Admin = new("admin", "Ada Admin", Roles.Administrator);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.Execute(DataSet);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Throughput_counts_creations_first_submissions_and_completions_per_week_with_empty_weeks_as_zero()
    {
        var rows = await Run("throughput", ReportPeriod.Week);

        Assert.Equal(["2026-02-23", "0", "0", "0", "0", "0"], rows[0]);
        Assert.Equal(["2026-03-02", "3", "3", "2", "0", "0"], rows[1]);
        Assert.Equal(["2026-03-09", "0", "0", "1", "1", "0"], rows[2]);
        Assert.Equal(["2026-03-16", "0", "0", "0", "0", "0"], rows[3]);
        Assert.Equal(6, rows.Length);
    }

    [Fact]
    public async Task Time_in_stage_gives_the_median_and_90th_percentile_of_the_stays_that_ended_within_the_width_of_a_bucket()
    {
        var rows = await Run("time-in-stage");

        // Drafts stayed 2, 4 and 6 hours: median 4, 90th percentile (nearest rank) 6.
        Assert.Equal(["Draft", "InReview", "Completed"], rows.Select(row => row[0]));
        Assert.Equal(["3", "3", "1"], rows.Select(row => row[1]));
        AssertHours((4, 6), rows[0]);
        // In review: A 46 h (to completion), B 188 h, C 46 h. Completed: A for 144 h, until archived.
        AssertHours((46, 188), rows[1]);
        AssertHours((144, 144), rows[2]);
    }

    [Fact]
    public async Task Rejections_are_counted_per_side_and_per_reason()
    {
        var rows = await Run("rejections");

        Assert.Equal([["Accounting", "(no reason given)", "1"], ["QA", "Colours off", "2"], ["QA", "Bleed missing", "1"]], rows);
    }

    [Fact]
    public async Task Deadline_breaches_count_each_overrun_once_in_the_period_it_was_first_flagged()
    {
        var rows = await Run("deadline-breaches", ReportPeriod.Week);

        Assert.Equal(["2026-03-02", "1", "0", "1", "2"], rows[1]);
    }

    [Fact]
    public async Task Invoicing_gives_per_month_and_customer_the_invoiced_prepaid_paid_and_outstanding_amounts()
    {
        var rows = await Run("invoicing");

        // Acme (A): prepayment 119 + final 595 less the 119 deducted = 595; paid 119 on the prepayment and 200 on the final.
        // Beta (B): final 238 less a credit note of 38 = 200; nothing paid.
        Assert.Equal([["2026-03-01", "Acme GmbH", "EUR", "595.00", "119.00", "319.00", "276.00"], ["2026-03-01", "Beta AG", "EUR", "200.00", "0.00", "0.00", "200.00"]],
            rows);
    }

    [Fact]
    public async Task On_time_delivery_compares_the_day_of_completion_with_the_due_date()
    {
        var rows = await Run("on-time-delivery", ReportPeriod.Month);

        // A completed on 4 March, due the 5th: on time; B on 10 March, due the 6th: late; C has no due date.
        Assert.Equal([["2026-03-01", "3", "1", "1", "1", "0.5000"]], rows);
    }

    [Fact]
    public async Task Active_orders_are_grouped_by_stage_and_by_their_age_in_it()
    {
        var rows = await Run("active-orders");

        // A is archived; B (completed on 10 March) and C (on 4 March, 15.96 days before now) are still active.
        Assert.Equal([["Completed", "2", "0", "0", "0", "2", "16.0"]], rows);
    }

    [Fact]
    public async Task Resource_load_adds_up_the_booked_hours_per_resource_and_day()
    {
        var rows = await Run("resource-load", from: new DateOnly(2026, 3, 16), to: new DateOnly(2026, 3, 17));

        Assert.Equal([["2026-03-16", "press-1", "2", "3.50"], ["2026-03-17", "cutter", "1", "0.75"]], rows);
    }

    [Fact]
    public async Task Intake_indexing_and_ocr_reports_read_the_parcels()
    {
        var intake = await Run("intake", ReportPeriod.Week);
        var indexing = await Run("indexing", ReportPeriod.Week);
        var ocr = await Run("ocr-confidence", ReportPeriod.Week);

        Assert.Equal([["2026-03-02", "mail-orders", "Email", "2", "3", "1"], ["2026-03-02", "rest-upload", "Upload", "1", "1", "0"]],
            intake);
        Assert.Equal(["2026-03-02", "2", "1", "1", "0.5000"], indexing[1]);
        // Pages: 2 at 90 and 1 at 60: (180 + 60) / 3 = 80; one parcel's mean is below 70.
        Assert.Equal(["2026-03-02", "2", "3", "80.0", "1"], ocr[1]);
    }

    [Fact]
    public async Task A_chart_has_one_label_per_row_and_one_series_per_measure_or_per_value_of_the_split_column()
    {
        var table = await Table("rejections", null);
        var throughput = await Table("throughput", ReportPeriod.Week);

        Assert.Equal(["(no reason given)", "Colours off", "Bleed missing"], table.Chart.Labels.ToArray());
        Assert.Equal(["Accounting", "QA"], table.Chart.Series.Select(series => series.Name));
        Assert.Equal([0m, 2m, 1m], table.Chart.Series[1].Values.ToArray());
        Assert.Equal(["created", "submitted", "completed", "archived", "cancelled"], throughput.Chart.Series.Select(series => series.Name));
        Assert.Equal([0m, 3m, 0m, 0m, 0m, 0m], throughput.Chart.Series[0].Values.ToArray());
        Assert.Equal(Now, table.AsOf);
    }

    [Fact]
    public void Accountants_run_only_the_financial_report_and_managers_none()
    {
        var accountant = new Caller("accountant", "Ann Accountant", Roles.Accountant);
        var manager = new Caller("manager", "Mia Manager", Roles.Manager);

        Assert.Equal(["invoicing"], ReportCatalog.For(accountant).Select(report => report.Name));
        Assert.Equal(11, ReportCatalog.For(new Caller("auditor", "Aud", Roles.Auditor)).Count());
        Assert.Empty(ReportCatalog.For(manager));
        Assert.Throws<ForbiddenException>(() => ReportCatalog.Find(accountant, "throughput"));
        Assert.Throws<ForbiddenException>(() => ReportCatalog.Find(manager, "invoicing"));
        Assert.Throws<NotFoundException>(() => ReportCatalog.Find(Admin, "no-such-report"));
    }

    [Fact]
    public void A_window_is_refused_backwards_or_with_a_period_the_report_has_not()
    {
        var throughput = ReportCatalog.Find(Admin, "throughput");
        var activeOrders = ReportCatalog.Find(Admin, "active-orders");
        var today = new DateOnly(2026, 3, 20);

        Assert.Throws<ValidationException>(() => ReportWindow.For(throughput, new ReportRequest("throughput", today, today.AddDays(-1), null), today, TimeZoneInfo.Utc));
        Assert.Throws<ValidationException>(() => ReportWindow.For(activeOrders, new ReportRequest("active-orders", null, null, ReportPeriod.Week), today, TimeZoneInfo.Utc));
        Assert.Equal(new ReportWindow(today.AddDays(-83), today, ReportPeriod.Week, TimeZoneInfo.Utc),
            ReportWindow.For(throughput, new ReportRequest("throughput", null, null, null), today, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("UPDATE dexflow.order_audit SET details = 'changed' WHERE number = '2026-000001'")]
    [InlineData("DELETE FROM dexflow.order_audit WHERE number = '2026-000002'")]
    [InlineData("DELETE FROM dexflow.payments")]
    [InlineData("UPDATE dexflow.parcel_audit SET actor_id = 'someone'")]
    [InlineData("DELETE FROM dexflow.document_reads")]
    public async Task The_audit_tables_refuse_changes_and_deletions(string change)
    {
        await _database.Execute("""
            INSERT INTO dexflow.parcel_audit (parcel_id, sequence, at, actor_id, actor_name, action, from_stage, to_stage)
            VALUES ('p-1', 0, '2026-03-02 08:00Z', 'dexflow', 'DexFlow', 'Receive', 'Received', 'Received');
            INSERT INTO dexflow.document_reads (at, actor_id, actor_name, client_address, document_id, part)
            VALUES ('2026-03-02 08:00Z', 'admin', 'Ada', '127.0.0.1', 'p-1-d1', 'Content');
            """);

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => _database.Execute(change));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rolled_up_days_give_the_same_reports_as_days_computed_at_once()
    {
        var live = new Dictionary<string, string[][]>();
        foreach (var report in ReportCatalog.All)
        {
            live[report.Name] = await Run(report.Name);
        }

        var rolledUp = await Rollups().Refresh();
        var days = await _database.Scalar<long>("SELECT (SELECT count(*) FROM dexflow.report_order_days) + (SELECT count(*) FROM dexflow.report_stage_days)");

        Assert.True(rolledUp);
        Assert.True(days > 0);
        foreach (var report in ReportCatalog.All)
        {
            Assert.Equal(live[report.Name], await Run(report.Name));
        }

        // A payment on an invoice of a day rolled up long ago changes that day's figures at the next refresh.
        await _database.Execute("""
            INSERT INTO dexflow.payments (order_number, payment_key, invoice_number, amount, paid_on, recorded_at)
            VALUES ('2026-000002', 'p3', 'F-2', 50, '2026-03-19', now())
            """);
        await Rollups().Refresh();

        Assert.Equal(["2026-03-01", "Beta AG", "EUR", "200.00", "0.00", "50.00", "150.00"], (await Run("invoicing"))[1]);
    }

    [Fact]
    public async Task A_parcel_that_moves_on_after_its_day_was_rolled_up_changes_that_days_figures_at_the_next_refresh()
    {
        await Rollups().Refresh();

        // p-2 failed on 3 March; a clerk indexes and routes it now.
        await _database.Execute("""
            UPDATE dexflow.parcels SET stage = 'Routed', indexed_by = 'Clerk', stage_since = now(), version = 7 WHERE id = 'p-2';
            INSERT INTO dexflow.parcel_audit (parcel_id, sequence, at, actor_id, actor_name, action, from_stage, to_stage)
            VALUES ('p-2', 6, now(), 'clerk', 'Carl Clerk', 'Route', 'ManualIndexing', 'Routed');
            """);
        await Rollups().Refresh();

        Assert.Equal([["2026-03-02", "mail-orders", "Email", "2", "3", "0"], ["2026-03-02", "rest-upload", "Upload", "1", "1", "0"]],
            await Run("intake", ReportPeriod.Week));
        Assert.Equal(["2026-03-02", "3", "1", "2", "0.3333"], (await Run("indexing", ReportPeriod.Week))[1]);
    }

    [Fact]
    public void Accountants_see_every_order_an_invoice_can_be_issued_for_so_the_invoicing_rollup_shows_them_nothing_more()
    {
        var accountant = new Caller("accountant", "Ann Accountant", Roles.Accountant);
        OrderStage[] invoiced = [OrderStage.Approved, OrderStage.Scheduled, OrderStage.InProduction, OrderStage.Completed, OrderStage.Archived, OrderStage.Cancelled];

        Assert.All(invoiced, stage => Assert.True(OrderAccessPolicy.CanSee(accountant, new OrderAccessFacts(stage, "manager", ReachedReview: true)), stage.ToString()));
    }

    private static void AssertHours((double Median, double P90) expected, string[] row)
    {
        var (median, p90) = (double.Parse(row[2], CultureInfo.InvariantCulture), double.Parse(row[3], CultureInfo.InvariantCulture));
        Assert.True(Math.Abs(median / expected.Median - 1) <= 0.025 && Math.Abs(p90 / expected.P90 - 1) <= 0.025,
            $"{row[0]}: expected about {expected.Median} h and {expected.P90} h, got {row[2]} h and {row[3]} h");
    }

    /// <summary>The report's rows, a missing value read as "-".</summary>
    private async Task<string[][]> Run(string name, ReportPeriod? period = null, DateOnly? from = null, DateOnly? to = null) =>
        [.. (await Table(name, period, from, to)).Rows.Select(row => row.Select(value => value ?? "-").ToArray())];

    private async Task<ReportTable> Table(string name, ReportPeriod? period, DateOnly? from = null, DateOnly? to = null)
    {
        var report = ReportCatalog.Find(Admin, name);
        var window = ReportWindow.For(report, new ReportRequest(name, from ?? new DateOnly(2026, 3, 1), to ?? new DateOnly(2026, 3, 31), period),
            new DateOnly(2026, 3, 20), TimeZoneInfo.Utc);
        return await new ReportRunner(_database.DataSource, Rollups(), new FakeTimeProvider(Now)).Run(report, Admin, window);
    }

    /// <summary>The rollups of the test's database, on a clock that stands at <see cref="Now"/> (the shop on UTC, the demo profile).</summary>
    private ReportRollups Rollups()
    {
        var clock = new FakeTimeProvider(Now);
        return new ReportRollups(_database.DataSource, new CompanyProfiles(new CompanyProfileStore(_database.DataSource, clock), clock), clock);
    }

    private const string DataSet = """
        INSERT INTO dexflow.orders (number, version, stage, revision, manager_id, manager_name, customer_name, reached_review,
            accounting_review, qa_review, processing_gave_up, awaiting, stage_since, created_at, updated_at, due_date)
        VALUES ('2026-000001', 9, 'Completed', 1, 'manager', 'Mia', 'Acme GmbH', true, 'Approved', 'Approved', false, 0, '2026-03-04 09:00Z', '2026-03-02 09:00Z', '2026-03-11 09:00Z', '2026-03-05'),
               ('2026-000002', 9, 'Completed', 1, 'manager', 'Mia', 'Beta AG', true, 'Approved', 'Approved', false, 0, '2026-03-10 09:00Z', '2026-03-02 09:00Z', '2026-03-10 09:00Z', '2026-03-06'),
               ('2026-000003', 9, 'Completed', 1, 'manager', 'Mia', 'Gamma KG', true, 'Approved', 'Approved', false, 0, '2026-03-04 09:00Z', '2026-03-02 09:00Z', '2026-03-04 09:00Z', NULL);

        -- Stays are projected from these entries in version order: A is archived a week after completion.
        INSERT INTO dexflow.order_audit (number, version, at, actor_id, actor_name, action, from_stage, to_stage, revision, details) VALUES
            ('2026-000001', 1, '2026-03-02 09:00Z', 'manager', 'Mia', 'Create', 'Draft', 'Draft', 0, NULL),
            ('2026-000001', 2, '2026-03-02 11:00Z', 'manager', 'Mia', 'Submit', 'Draft', 'InReview', 1, NULL),
            ('2026-000001', 3, '2026-03-03 09:00Z', 'qa', 'Quinn', 'RejectQa', 'InReview', 'InReview', 1, 'Colours off; Bleed missing'),
            ('2026-000001', 4, '2026-03-04 09:00Z', 'operator', 'Otto', 'Complete', 'InReview', 'Completed', 1, NULL),
            ('2026-000001', 5, '2026-03-10 09:00Z', 'admin', 'Ada', 'Archive', 'Completed', 'Archived', 1, NULL),
            ('2026-000002', 1, '2026-03-02 09:00Z', 'manager', 'Mia', 'Create', 'Draft', 'Draft', 0, NULL),
            ('2026-000002', 2, '2026-03-02 13:00Z', 'manager', 'Mia', 'Submit', 'Draft', 'InReview', 1, NULL),
            ('2026-000002', 3, '2026-03-03 09:00Z', 'qa', 'Quinn', 'RejectQa', 'InReview', 'InReview', 1, 'Colours off'),
            ('2026-000002', 4, '2026-03-03 11:00Z', 'dexflow', 'DexFlow', 'FlagDeadline', 'InReview', 'InReview', 1, 'The review was due by 2026-03-03 10:00 (flagged 1×)'),
            ('2026-000002', 5, '2026-03-04 11:00Z', 'dexflow', 'DexFlow', 'FlagDeadline', 'InReview', 'InReview', 1, 'The review was due by 2026-03-03 10:00 (flagged 2×)'),
            ('2026-000002', 6, '2026-03-09 11:00Z', 'dexflow', 'DexFlow', 'FlagDeadline', 'InReview', 'InReview', 1, 'The review deadline no longer applies'),
            ('2026-000002', 7, '2026-03-10 09:00Z', 'operator', 'Otto', 'Complete', 'InReview', 'Completed', 1, NULL),
            ('2026-000003', 1, '2026-03-02 09:00Z', 'manager', 'Mia', 'Create', 'Draft', 'Draft', 0, NULL),
            ('2026-000003', 2, '2026-03-02 15:00Z', 'manager', 'Mia', 'Submit', 'Draft', 'InReview', 1, NULL),
            ('2026-000003', 3, '2026-03-02 16:00Z', 'accountant', 'Ann', 'RejectAccounting', 'InReview', 'InReview', 1, NULL),
            ('2026-000003', 4, '2026-03-02 17:00Z', 'dexflow', 'DexFlow', 'FlagDeadline', 'InReview', 'InReview', 1, 'The prepayment was due by 2026-03-02 16:00 (flagged 1×)'),
            ('2026-000003', 5, '2026-03-04 13:00Z', 'operator', 'Otto', 'Complete', 'InReview', 'Completed', 1, NULL);

        -- The archived order's row, as the grain writes it after archiving (the dates stay as the entries set them).
        UPDATE dexflow.orders SET stage = 'Archived', stage_since = '2026-03-10 09:00Z' WHERE number = '2026-000001';
        UPDATE dexflow.orders SET stage_since = '2026-03-04 13:00Z' WHERE number = '2026-000003';

        INSERT INTO dexflow.invoices (number, series, year, sequence, issue_key, kind, order_number, currency, net, vat, gross, deducted,
            refers_to, issued_at, issued_by, content_sha256, content_length) VALUES
            ('P-1', 'P', 2026, 1, 'k1', 'Prepayment', '2026-000001', 'EUR', 100, 19, 119, 0, NULL, '2026-03-03 10:00Z', 'accountant', 'x', 1),
            ('F-1', 'F', 2026, 1, 'k2', 'Final', '2026-000001', 'EUR', 500, 95, 595, 119, NULL, '2026-03-10 10:00Z', 'accountant', 'x', 1),
            ('F-2', 'F', 2026, 2, 'k3', 'Final', '2026-000002', 'EUR', 200, 38, 238, 0, NULL, '2026-03-10 11:00Z', 'accountant', 'x', 1),
            ('C-1', 'C', 2026, 1, 'k4', 'CreditNote', '2026-000002', 'EUR', 31.93, 6.07, 38, 0, 'F-2', '2026-03-12 10:00Z', 'accountant', 'x', 1),
            ('F-3', 'F', 2026, 3, 'k5', 'Final', '2026-000003', 'EUR', 10, 1.9, 11.9, 0, NULL, '2026-04-01 10:00Z', 'accountant', 'x', 1);

        INSERT INTO dexflow.payments (order_number, payment_key, invoice_number, amount, paid_on, recorded_at) VALUES
            ('2026-000001', 'p1', 'P-1', 119, '2026-03-04', '2026-03-04 10:00Z'),
            ('2026-000001', 'p2', 'F-1', 200, '2026-03-15', '2026-03-15 10:00Z');

        INSERT INTO dexflow.order_bookings (number, process_id, resource_id, starts, ends, minutes) VALUES
            ('2026-000002', 'print', 'press-1', '2026-03-16 08:00Z', '2026-03-16 10:00Z', 120),
            ('2026-000003', 'print', 'press-1', '2026-03-16 10:00Z', '2026-03-16 11:30Z', 90),
            ('2026-000003', 'cut', 'cutter', '2026-03-17 08:00Z', '2026-03-17 08:45Z', 45),
            ('2026-000003', 'fold', 'folder', '2026-03-18 08:00Z', '2026-03-18 09:00Z', 60);

        INSERT INTO dexflow.parcels (id, version, stage, capture_point_id, channel, received_at, stage_since, documents, indexed_by, pages, ocr_pages, ocr_confidence) VALUES
            ('p-1', 5, 'Routed', 'mail-orders', 'Email', '2026-03-02 08:00Z', '2026-03-02 08:01Z', 2, 'DexFlow', 2, 2, 90),
            ('p-2', 5, 'Failed', 'mail-orders', 'Email', '2026-03-03 08:00Z', '2026-03-03 08:01Z', 1, NULL, 1, 0, NULL),
            ('p-3', 7, 'Routed', 'rest-upload', 'Upload', '2026-03-04 08:00Z', '2026-03-04 09:00Z', 1, 'Clerk', 1, 1, 60);
        """;
}
