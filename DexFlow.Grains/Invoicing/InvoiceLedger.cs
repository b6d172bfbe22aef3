using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Content;
using DexFlow.Grains.Storage;
using Npgsql;

namespace DexFlow.Grains.Invoicing;

/// <summary>What is to be issued; <see cref="IssueKey"/> identifies it, so that issuing it again returns the same invoice.</summary>
public sealed record InvoiceRequest(
    string IssueKey, InvoiceKind Kind, string OrderNumber, string Currency, decimal Net, decimal Vat, decimal Gross,
    decimal Deducted, string? RefersTo, string? Reason, string IssuedBy, DateTimeOffset IssuedAt);

/// <summary>
/// Issues invoices with gapless numbers per series and year, unique across the cluster: the series row is advanced
/// and the invoice inserted in one transaction (the row lock orders concurrent issuers), so a failed or crashed issue
/// takes no number and a retried one finds its invoice by key. The PDF is rendered with the number and stored first;
/// content that ends up unused costs only storage.
/// </summary>
public sealed class InvoiceLedger(NpgsqlDataSource db, IContentStore content)
{
    private const long MaxPdfBytes = 20 * 1024 * 1024;
    private const string Columns = "number, kind, order_number, currency, net, vat, gross, deducted, refers_to, reason, issued_at, issued_by, content_sha256, content_length";

    public static string SeriesOf(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Prepayment => "PRE",
        InvoiceKind.Final => "INV",
        _ => "CRN",
    };

    /// <param name="render">Renders the invoice's PDF once its number is known (its content is not, yet).</param>
    public async Task<Invoice> Issue(InvoiceRequest request, Func<Invoice, byte[]> render, CancellationToken cancellationToken = default)
    {
        if (await Find(request.IssueKey, cancellationToken) is { } existing)
        {
            return existing;
        }

        var series = SeriesOf(request.Kind);
        var year = request.IssuedAt.UtcDateTime.Year;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long sequence;
        await using (var next = new NpgsqlCommand("""
            INSERT INTO dexflow.number_series AS s (series, year, last_value) VALUES (@series, @year, 1)
            ON CONFLICT (series, year) DO UPDATE SET last_value = s.last_value + 1
            RETURNING last_value
            """, connection, transaction))
        {
            next.Parameters.AddWithValue("series", series);
            next.Parameters.AddWithValue("year", year);
            sequence = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        var numbered = new Invoice($"{series}-{year}-{sequence:D6}", request.Kind, request.OrderNumber, request.Currency, request.Net, request.Vat,
            request.Gross, request.Deducted, request.RefersTo, request.Reason, request.IssuedAt, request.IssuedBy, new ContentRef("", 0));
        var stored = await content.Put(render(numbered), MaxPdfBytes, cancellationToken);
        var invoice = numbered with { Content = stored };
        var number = invoice.Number;
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO dexflow.invoices (series, year, sequence, issue_key, {Columns})
            VALUES (@series, @year, @sequence, @key, @number, @kind, @order, @currency, @net, @vat, @gross, @deducted, @refersTo, @reason,
                    @issuedAt, @issuedBy, @sha256, @length)
            """, connection, transaction);
        insert.Parameters.AddWithValue("series", series);
        insert.Parameters.AddWithValue("year", year);
        insert.Parameters.AddWithValue("sequence", sequence);
        insert.Parameters.AddWithValue("key", request.IssueKey);
        insert.Parameters.AddWithValue("number", number);
        insert.Parameters.AddWithValue("kind", request.Kind.ToString());
        insert.Parameters.AddWithValue("order", request.OrderNumber);
        insert.Parameters.AddWithValue("currency", request.Currency);
        insert.Parameters.AddWithValue("net", request.Net);
        insert.Parameters.AddWithValue("vat", request.Vat);
        insert.Parameters.AddWithValue("gross", request.Gross);
        insert.Parameters.AddWithValue("deducted", request.Deducted);
        insert.Parameters.AddWithValue("refersTo", (object?)request.RefersTo ?? DBNull.Value);
        insert.Parameters.AddWithValue("reason", (object?)request.Reason ?? DBNull.Value);
        insert.Parameters.AddWithValue("issuedAt", request.IssuedAt);
        insert.Parameters.AddWithValue("issuedBy", request.IssuedBy);
        insert.Parameters.AddWithValue("sha256", stored.Sha256);
        insert.Parameters.AddWithValue("length", stored.Length);
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "invoices_issue_key_key")
        {
            // Someone issued the same invoice meanwhile: the rollback returns this number, theirs stands.
            await transaction.RollbackAsync(cancellationToken);
            return (await Find(request.IssueKey, cancellationToken))!;
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
        {
            // The commit may have landed before the connection failed: not "nothing happened". Issuing again under the
            // same key finds the invoice if it exists.
            throw new OutcomeUnknownException($"Issuing {number} could not be confirmed.");
        }

        return invoice;
    }

    public async Task<ImmutableArray<Invoice>> ForOrder(string orderNumber, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.invoices WHERE order_number = @order ORDER BY issued_at, number");
        command.Parameters.AddWithValue("order", orderNumber);
        return await ReadAll(command, cancellationToken);
    }

    /// <summary>The invoice issued under the key, if any.</summary>
    public async Task<Invoice?> Find(string issueKey, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.invoices WHERE issue_key = @key");
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
                reader.GetFieldValue<DateTimeOffset>(10), reader.GetString(11), new ContentRef(reader.GetString(12), reader.GetInt64(13))));
        }

        return invoices.ToImmutable();
    }
}
