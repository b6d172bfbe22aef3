using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>
/// Publishes what order grains saved: their read-model rows, their new audit entries and the payments those entries
/// recorded, batched across the silo's orders (a multi-row statement each per batch), most often in the batch that
/// writes the orders' state. A row never replaces a newer one; an audit entry and a payment are inserted once.
/// </summary>
public sealed partial class OrderReadModelWriter(NpgsqlDataSource db, ILogger<OrderReadModelWriter> logger)
    : BatchedWriter<OrderPublication>(db), IReadModel<OrderState>
{
    public string Table => "orders";

    public string KeyOf(OrderState state) => state.Number;

    /// <summary>The order's row and its pending audit entries.</summary>
    public StateCompanions Companions(OrderState state) => Along(OrderPublication.Of(state));

    /// <summary>Once its audit entries are committed, the order holds them no longer.</summary>
    public OrderState Published(OrderState state) => state with { PendingAudit = [] };

    public async Task<OrderState> Publish(OrderState state)
    {
        await Enqueue(OrderPublication.Of(state));
        return Published(state);
    }

    /// <summary>Publishes a row and audit entries alone (rows written by hand, and their entries).</summary>
    public Task Publish(OrderRow row, IReadOnlyList<AuditEntry> audit) => Enqueue(new OrderPublication(row, audit, [], null));

    protected override IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<OrderPublication> batch)
    {
        // A statement may not update the same row twice: keep each order's newest row, and each entry once.
        var rows = batch.Select(item => item.Row)
            .GroupBy(row => row.Number)
            .Select(group => group.MaxBy(row => row.Version)!)
            .ToArray();
        var audit = batch.SelectMany(item => item.Audit.Select(entry => (item.Row.Number, Entry: entry)))
            .DistinctBy(item => (item.Number, item.Entry.Version))
            .ToArray();

        var payments = batch.SelectMany(item => item.Payments.Select(payment => (item.Row.Number, Payment: payment)))
            .DistinctBy(item => (item.Number, OrderPublication.KeyOf(item.Payment)))
            .ToArray();

        yield return RowsCommand(rows);
        if (audit.Length > 0)
        {
            yield return AuditCommand(audit);
        }

        if (payments.Length > 0)
        {
            yield return PaymentsCommand(payments);
        }

        var planned = batch.Where(item => item.Bookings is not null)
            .GroupBy(item => item.Row.Number)
            .Select(group => group.MaxBy(item => item.Row.Version)!)
            .ToArray();
        if (planned.Length > 0)
        {
            yield return ReleaseBookingsCommand(planned);
            yield return BookingsCommand(planned);
        }
    }

    private static NpgsqlBatchCommand ReleaseBookingsCommand(OrderPublication[] planned) =>
        new("DELETE FROM dexflow.order_bookings WHERE number = ANY(@numbers)")
        {
            Parameters = { new NpgsqlParameter("numbers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = planned.Select(item => item.Row.Number).ToArray() } },
        };

    private static NpgsqlBatchCommand BookingsCommand(OrderPublication[] planned)
    {
        var bookings = planned.SelectMany(item => item.Bookings!.Select(process => (item.Row.Number, Process: process))).ToArray();
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.order_bookings (number, process_id, resource_id, starts, ends, minutes)
            SELECT * FROM unnest(@number, @process, @resource, @starts, @ends, @minutes)
            """);
        void Add<T>(string name, NpgsqlDbType type, Func<(string Number, ScheduledProcess Process), T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = bookings.Select(column).ToArray() });

        Add("number", NpgsqlDbType.Text, item => item.Number);
        Add("process", NpgsqlDbType.Text, item => item.Process.ProcessId);
        Add("resource", NpgsqlDbType.Text, item => item.Process.ResourceId);
        Add("starts", NpgsqlDbType.TimestampTz, item => item.Process.Start.UtcDateTime);
        Add("ends", NpgsqlDbType.TimestampTz, item => item.Process.End.UtcDateTime);
        Add("minutes", NpgsqlDbType.Integer, item => item.Process.Minutes);
        return command;
    }

    protected override void Failed(Exception exception, int count) => LogWriteFailed(exception, count);

    private static NpgsqlBatchCommand RowsCommand(OrderRow[] rows)
    {
        var command = new NpgsqlBatchCommand(UpsertRowsSql);
        void Add<T>(string name, NpgsqlDbType type, Func<OrderRow, T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = rows.Select(column).ToArray() });

        Add("number", NpgsqlDbType.Text, row => row.Number);
        Add("version", NpgsqlDbType.Bigint, row => row.Version);
        Add("stage", NpgsqlDbType.Text, row => row.Stage.ToString());
        Add("revision", NpgsqlDbType.Integer, row => row.Revision);
        Add("manager_id", NpgsqlDbType.Text, row => row.ManagerId);
        Add("manager_name", NpgsqlDbType.Text, row => row.ManagerName);
        Add("customer_name", NpgsqlDbType.Text, row => row.CustomerName);
        Add("product", NpgsqlDbType.Text, row => row.Product?.ToString());
        Add("title", NpgsqlDbType.Text, row => row.Title);
        Add("quantity", NpgsqlDbType.Integer, row => row.Quantity);
        Add("due_date", NpgsqlDbType.Date, row => row.DueDate);
        Add("reached_review", NpgsqlDbType.Boolean, row => row.ReachedReview);
        Add("accounting_review", NpgsqlDbType.Text, row => row.AccountingReview.ToString());
        Add("qa_review", NpgsqlDbType.Text, row => row.QaReview.ToString());
        Add("processing_gave_up", NpgsqlDbType.Boolean, row => row.ProcessingGaveUp);
        Add("awaiting", NpgsqlDbType.Integer, row => (int)row.Awaiting);
        Add("stage_since", NpgsqlDbType.TimestampTz, row => row.StageSince.UtcDateTime);
        Add("created_at", NpgsqlDbType.TimestampTz, row => row.CreatedAt.UtcDateTime);
        Add("updated_at", NpgsqlDbType.TimestampTz, row => row.UpdatedAt.UtcDateTime);
        Add("overdue", NpgsqlDbType.Text, row => row.Overdue);
        Add("production_on_hold", NpgsqlDbType.Boolean, row => row.ProductionOnHold);

        // unnest() would flatten an array of arrays: each row's resources travel as one comma-free text, split in SQL.
        Add("resources", NpgsqlDbType.Text, row => string.Join(',', row.Resources));
        Add("customer_id", NpgsqlDbType.Text, row => row.CustomerId);
        Add("net_amount", NpgsqlDbType.Numeric, row => row.NetAmount);
        Add("currency", NpgsqlDbType.Text, row => row.Currency);
        return command;
    }

    private static NpgsqlBatchCommand PaymentsCommand((string Number, Payment Payment)[] payments)
    {
        var command = new NpgsqlBatchCommand(InsertPaymentsSql);
        void Add<T>(string name, NpgsqlDbType type, Func<(string Number, Payment Payment), T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = payments.Select(column).ToArray() });

        Add("number", NpgsqlDbType.Text, item => item.Number);
        Add("key", NpgsqlDbType.Text, item => OrderPublication.KeyOf(item.Payment));
        Add("invoice", NpgsqlDbType.Text, item => item.Payment.InvoiceNumber);
        Add("amount", NpgsqlDbType.Numeric, item => item.Payment.Amount);
        Add("paid_on", NpgsqlDbType.Date, item => item.Payment.PaidOn);
        Add("recorded_at", NpgsqlDbType.TimestampTz, item => item.Payment.RecordedAt.UtcDateTime);
        return command;
    }

    private static NpgsqlBatchCommand AuditCommand((string Number, AuditEntry Entry)[] audit)
    {
        var command = new NpgsqlBatchCommand(InsertAuditSql);
        void Add<T>(string name, NpgsqlDbType type, Func<(string Number, AuditEntry Entry), T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = audit.Select(column).ToArray() });

        Add("number", NpgsqlDbType.Text, item => item.Number);
        Add("version", NpgsqlDbType.Bigint, item => item.Entry.Version);
        Add("at", NpgsqlDbType.TimestampTz, item => item.Entry.At.UtcDateTime);
        Add("actor_id", NpgsqlDbType.Text, item => item.Entry.ActorId);
        Add("actor_name", NpgsqlDbType.Text, item => item.Entry.ActorName);
        Add("action", NpgsqlDbType.Text, item => item.Entry.Action.ToString());
        Add("from_stage", NpgsqlDbType.Text, item => item.Entry.From.ToString());
        Add("to_stage", NpgsqlDbType.Text, item => item.Entry.To.ToString());
        Add("revision", NpgsqlDbType.Integer, item => item.Entry.Revision);
        Add("details", NpgsqlDbType.Text, item => item.Entry.Details);
        return command;
    }

    private const string UpsertRowsSql = """
        INSERT INTO dexflow.orders AS o (number, version, stage, revision, manager_id, manager_name, customer_name, product,
            title, quantity, due_date, reached_review, accounting_review, qa_review, processing_gave_up, awaiting,
            stage_since, created_at, updated_at, overdue, production_on_hold, resources, customer_id, net_amount, currency)
        SELECT number, version, stage, revision, manager_id, manager_name, customer_name, product, title, quantity, due_date,
            reached_review, accounting_review, qa_review, processing_gave_up, awaiting, stage_since, created_at, updated_at,
            overdue, production_on_hold, string_to_array(resources, ','), customer_id, net_amount, currency
        FROM unnest(@number, @version, @stage, @revision, @manager_id, @manager_name, @customer_name, @product,
            @title, @quantity, @due_date, @reached_review, @accounting_review, @qa_review, @processing_gave_up, @awaiting,
            @stage_since, @created_at, @updated_at, @overdue, @production_on_hold, @resources, @customer_id, @net_amount, @currency)
            AS r (number, version, stage, revision, manager_id, manager_name, customer_name, product, title, quantity, due_date,
                reached_review, accounting_review, qa_review, processing_gave_up, awaiting, stage_since, created_at, updated_at,
                overdue, production_on_hold, resources, customer_id, net_amount, currency)
        ON CONFLICT (number) DO UPDATE SET
            version = excluded.version, stage = excluded.stage, revision = excluded.revision,
            manager_id = excluded.manager_id, manager_name = excluded.manager_name, customer_name = excluded.customer_name,
            product = excluded.product, title = excluded.title, quantity = excluded.quantity, due_date = excluded.due_date,
            reached_review = excluded.reached_review, accounting_review = excluded.accounting_review,
            qa_review = excluded.qa_review, processing_gave_up = excluded.processing_gave_up, awaiting = excluded.awaiting,
            stage_since = excluded.stage_since, created_at = excluded.created_at, updated_at = excluded.updated_at,
            overdue = excluded.overdue, production_on_hold = excluded.production_on_hold, resources = excluded.resources,
            net_amount = excluded.net_amount, currency = excluded.currency,
            -- An order saved before the customer master knows no id until it is next submitted or invoiced: the id 0023
            -- gave its row stays as long as the order names that customer.
            customer_id = CASE WHEN excluded.customer_id IS NULL AND lower(btrim(excluded.customer_name)) = lower(btrim(o.customer_name))
                               THEN o.customer_id ELSE excluded.customer_id END
        WHERE o.version <= excluded.version
        """;

    private const string InsertAuditSql = """
        INSERT INTO dexflow.order_audit (number, version, at, actor_id, actor_name, action, from_stage, to_stage, revision, details)
        SELECT * FROM unnest(@number, @version, @at, @actor_id, @actor_name, @action, @from_stage, @to_stage, @revision, @details)
        ON CONFLICT (number, version) DO NOTHING
        """;

    private const string InsertPaymentsSql = """
        INSERT INTO dexflow.payments (order_number, payment_key, invoice_number, amount, paid_on, recorded_at)
        SELECT * FROM unnest(@number, @key, @invoice, @amount, @paid_on, @recorded_at)
        ON CONFLICT (order_number, payment_key) DO NOTHING
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Count} order changes to the read model failed; their grains will retry")]
    private partial void LogWriteFailed(Exception exception, int count);
}
