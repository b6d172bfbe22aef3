using System.Collections.Immutable;
using System.Text.Json;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Content;
using DexFlow.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Invoicing;

/// <summary>What is to be issued; <see cref="IssueKey"/> identifies it, so that issuing it again returns the same invoice.</summary>
public sealed record InvoiceRequest(
    string IssueKey, InvoiceKind Kind, string OrderNumber, string Currency, decimal Net, decimal Vat, decimal Gross,
    decimal Deducted, string? RefersTo, string? Reason, string IssuedBy, DateTimeOffset IssuedAt, InvoiceDetails? Details = null)
{
    /// <summary>The year whose series numbers the invoice: the year of its issue date at the shop.</summary>
    public int Year => Details?.IssueDate.Year ?? IssuedAt.UtcDateTime.Year;
}

/// <summary>
/// Issues invoices with gapless numbers per series and year, unique across the cluster: the series row is advanced
/// and the invoice inserted in one transaction (the row lock orders concurrent issuers), so a failed or crashed issue
/// takes no number and a retried one finds its invoice by key. The PDF is rendered, stored and attached
/// (<c>dexflow.invoice_documents</c>, through the silo's <see cref="StatementBatcher"/>) after that transaction, so no
/// issuer waits for another's PDF; an invoice whose issue stopped before its PDF was attached gets it from whoever
/// next asks for it with <see cref="WithDocument"/>.
/// </summary>
public sealed class InvoiceLedger(NpgsqlDataSource db, IContentStore content, StatementBatcher batcher)
{
    private const long MaxPdfBytes = 20 * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = """
        i.number, i.kind, i.order_number, i.currency, i.net, i.vat, i.gross, i.deducted, i.refers_to, i.reason, i.issued_at, i.issued_by,
        d.content_sha256, d.content_length, i.details
        """;

    private const string Invoices = "dexflow.invoices i LEFT JOIN dexflow.invoice_documents d ON d.number = i.number";

    public static string SeriesOf(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Prepayment => "PRE",
        InvoiceKind.Final => "INV",
        _ => "CRN",
    };

    /// <summary>Issues the invoice with its PDF, or returns the one issued under the same key.</summary>
    /// <param name="render">Renders the invoice's PDF from its issued facts (number included).</param>
    public async Task<Invoice> Issue(InvoiceRequest request, Func<Invoice, Task<byte[]>> render, CancellationToken cancellationToken = default) =>
        await WithDocument(await Number(request, cancellationToken), render, cancellationToken);

    /// <summary>The invoice with its PDF: rendered, stored and attached now if its issue stopped before attaching it.</summary>
    public async Task<Invoice> WithDocument(Invoice invoice, Func<Invoice, Task<byte[]>> render, CancellationToken cancellationToken = default)
    {
        if (invoice.Content.Length > 0)
        {
            return invoice;
        }

        var stored = await content.Put(await render(invoice), MaxPdfBytes, cancellationToken);
        // Attached along with the grain states of the moment (one commit for all of them): the invoice's own
        // transaction is over, and attaching again is harmless.
        if (await batcher.Run(() => Attach(invoice.Number, stored), reader => new ContentRef(reader.GetString(0), reader.GetInt64(1))) is { } document)
        {
            return invoice with { Content = document };
        }

        // A concurrent caller attached its rendering first (it differs at most in timestamps): theirs stands. A new
        // statement sees their committed row.
        await using var attached = db.CreateCommand("SELECT content_sha256, content_length FROM dexflow.invoice_documents WHERE number = @number");
        attached.Parameters.AddWithValue("number", invoice.Number);
        await using var reader = await attached.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? invoice with { Content = new ContentRef(reader.GetString(0), reader.GetInt64(1)) }
            : throw new InvalidOperationException($"The document of invoice {invoice.Number} was neither attached nor found.");
    }

    private static NpgsqlBatchCommand Attach(string number, ContentRef stored)
    {
        var attach = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.invoice_documents (number, content_sha256, content_length) VALUES (@number, @sha256, @length)
            ON CONFLICT (number) DO NOTHING
            RETURNING content_sha256, content_length
            """);
        attach.Parameters.AddWithValue("number", number);
        attach.Parameters.AddWithValue("sha256", stored.Sha256);
        attach.Parameters.AddWithValue("length", stored.Length);
        return attach;
    }

    /// <summary>
    /// Takes the next number and records the invoice in one statement, so one transaction; or finds the invoice issued
    /// under the key. The series row stays locked from the draw to the commit: one round trip, not three, so that
    /// concurrent issuers wait on each other as little as gapless numbers allow.
    /// </summary>
    private async Task<Invoice> Number(InvoiceRequest request, CancellationToken cancellationToken)
    {
        var series = SeriesOf(request.Kind);
        var year = request.Year;
        // Opened first: a store that cannot be reached fails here, before anything was sent, so nothing happened.
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var issue = new NpgsqlCommand("""
            WITH next AS (
                INSERT INTO dexflow.number_series AS s (series, year, last_value) VALUES (@series, @year, 1)
                ON CONFLICT (series, year) DO UPDATE SET last_value = s.last_value + 1
                RETURNING last_value)
            INSERT INTO dexflow.invoices (series, year, sequence, issue_key, number, kind, order_number, currency, net, vat, gross, deducted,
                                          refers_to, reason, issued_at, issued_by, details)
            SELECT @series, @year, next.last_value, @key,
                   @series || '-' || @year || '-' || CASE WHEN next.last_value < 1000000 THEN lpad(next.last_value::text, 6, '0') ELSE next.last_value::text END,
                   @kind, @order, @currency, @net, @vat, @gross, @deducted, @refersTo, @reason, @issuedAt, @issuedBy, @details
            FROM next
            RETURNING number
            """, connection);
        issue.Parameters.AddWithValue("series", series);
        issue.Parameters.AddWithValue("year", year);
        issue.Parameters.AddWithValue("key", request.IssueKey);
        issue.Parameters.AddWithValue("kind", request.Kind.ToString());
        issue.Parameters.AddWithValue("order", request.OrderNumber);
        issue.Parameters.AddWithValue("currency", request.Currency);
        issue.Parameters.AddWithValue("net", request.Net);
        issue.Parameters.AddWithValue("vat", request.Vat);
        issue.Parameters.AddWithValue("gross", request.Gross);
        issue.Parameters.AddWithValue("deducted", request.Deducted);
        issue.Parameters.AddWithValue("refersTo", (object?)request.RefersTo ?? DBNull.Value);
        issue.Parameters.AddWithValue("reason", (object?)request.Reason ?? DBNull.Value);
        issue.Parameters.AddWithValue("issuedAt", request.IssuedAt);
        issue.Parameters.AddWithValue("issuedBy", request.IssuedBy);
        issue.Parameters.Add(new NpgsqlParameter("details", NpgsqlDbType.Jsonb)
        {
            Value = request.Details is { } details ? JsonSerializer.Serialize(details, Json) : DBNull.Value,
        });
        string number;
        try
        {
            number = (string)(await issue.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "invoices_issue_key_key")
        {
            // Issued under this key before (a retry) or meanwhile: the statement took no number, that invoice stands.
            return (await Find(request.IssueKey, cancellationToken))!;
        }
        catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
        {
            // The statement may have committed before the connection failed: not "nothing happened". Issuing again
            // under the same key finds the invoice if it exists.
            throw new OutcomeUnknownException($"Issuing a {request.Kind} invoice for order {request.OrderNumber} could not be confirmed.");
        }

        return new Invoice(number, request.Kind, request.OrderNumber, request.Currency, request.Net, request.Vat, request.Gross,
            request.Deducted, request.RefersTo, request.Reason, request.IssuedAt, request.IssuedBy, new ContentRef("", 0)) { Details = request.Details };
    }

    public async Task<ImmutableArray<Invoice>> ForOrder(string orderNumber, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM {Invoices} WHERE i.order_number = @order ORDER BY i.issued_at, i.number");
        command.Parameters.AddWithValue("order", orderNumber);
        return await ReadAll(command, cancellationToken);
    }

    /// <summary>The invoice issued under the key, if any.</summary>
    public async Task<Invoice?> Find(string issueKey, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM {Invoices} WHERE i.issue_key = @key");
        command.Parameters.AddWithValue("key", issueKey);
        var found = await ReadAll(command, cancellationToken);
        return found.IsEmpty ? null : found[0];
    }

    private static async Task<ImmutableArray<Invoice>> ReadAll(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var invoices = ImmutableArray.CreateBuilder<Invoice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            invoices.Add(new Invoice(
                reader.GetString(0), Enum.Parse<InvoiceKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6), reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetFieldValue<DateTimeOffset>(10), reader.GetString(11),
                reader.IsDBNull(12) ? new ContentRef("", 0) : new ContentRef(reader.GetString(12), reader.GetInt64(13)))
            {
                Details = reader.IsDBNull(14) ? null : JsonSerializer.Deserialize<InvoiceDetails>(reader.GetString(14), Json),
            });
        }

        return invoices.ToImmutable();
    }
}
