using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Customers;

/// <summary>
/// The customer master in <c>dexflow.customers</c>: every change is made under the customer's row lock and committed
/// with its audit entry (<see cref="CustomerAuditLog"/>).
/// </summary>
public sealed class CustomerStore(NpgsqlDataSource db, TimeProvider time)
{
    private const string Columns = """
        c.customer_id, c.customer_number, c.name, c.billing_address, c.vat_id, c.contacts, c.payment_terms_days, c.credit_limit,
        c.manager_id, c.notes, c.created_at, c.updated_at, c.version, u.display_name
        """;

    private const string From = "dexflow.customers c LEFT JOIN dexflow.users u ON u.user_id = c.manager_id";

    private const string Select = $"SELECT {Columns} FROM {From}";

    // Two customers may share a name; the one in the master longest is the one a name means.
    private const string ByName = $"{Select} WHERE lower(c.name) = lower(@name) ORDER BY c.created_at LIMIT 1";

    public async Task<CustomerView?> Get(string customerId, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"{Select} WHERE c.customer_id = @id");
        command.Parameters.AddWithValue("id", customerId);
        return await ReadOne(command, cancellationToken);
    }

    public async Task<CustomerPage> List(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        // Substring matches over a shop's customers (hundreds to a few thousand rows): no index needed to answer at once.
        await using var command = db.CreateCommand($"""
            SELECT {Columns}, count(*) OVER () AS total FROM {From}
            WHERE (@text::text IS NULL
                   OR c.name ILIKE @pattern ESCAPE '\' OR c.customer_number ILIKE @pattern ESCAPE '\' OR c.vat_id ILIKE @pattern ESCAPE '\'
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.contacts) contact
                              WHERE contact->>'name' ILIKE @pattern ESCAPE '\' OR contact->>'email' ILIKE @pattern ESCAPE '\'))
              AND (@manager::text IS NULL OR c.manager_id = @manager)
            ORDER BY lower(c.name), c.customer_number
            LIMIT @limit OFFSET @offset
            """);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)text ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("pattern", NpgsqlDbType.Text) { Value = text is null ? DBNull.Value : SqlLike.Contains(text) });
        command.Parameters.Add(new NpgsqlParameter("manager", NpgsqlDbType.Text) { Value = (object?)query.ManagerId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", query.PageSize);
        command.Parameters.AddWithValue("offset", (query.Page - 1) * query.PageSize);
        var items = ImmutableArray.CreateBuilder<CustomerView>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
                total = reader.GetInt64(reader.GetOrdinal("total"));
            }
        }

        if (items.Count == 0 && query.Page > 1)
        {
            total = (await List(query with { Page = 1, PageSize = 1 }, cancellationToken)).Total;
        }

        return new CustomerPage(items.ToImmutable(), query.Page, query.PageSize, total);
    }

    /// <summary>
    /// Customers a document may come from: those with <paramref name="email"/> as a contact, with a contact at
    /// <paramref name="domain"/>, or whose match name starts with <paramref name="nameStart"/>.
    /// </summary>
    public async Task<ImmutableArray<CustomerView>> Candidates(string? email, string? domain, string? nameStart, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"""
            {Select}
            WHERE (@email::text IS NOT NULL AND c.contacts @> jsonb_build_array(jsonb_build_object('email', @email::text)))
               OR (@domain::text IS NOT NULL AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.contacts) contact WHERE contact->>'email' LIKE @domain ESCAPE '\'))
               OR (@name::text IS NOT NULL AND c.match_name LIKE @name ESCAPE '\')
            ORDER BY c.created_at
            LIMIT 100
            """);
        command.Parameters.Add(new NpgsqlParameter("email", NpgsqlDbType.Text) { Value = (object?)email ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("domain", NpgsqlDbType.Text) { Value = domain is null ? DBNull.Value : "%@" + SqlLike.Escape(domain) });
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = nameStart is null ? DBNull.Value : SqlLike.Prefix(nameStart) });
        var found = ImmutableArray.CreateBuilder<CustomerView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Read(reader));
        }

        return found.ToImmutable();
    }

    /// <summary>Adds the customer, numbered from the master's sequence unless it brings its own number, which must be free.</summary>
    public async Task<CustomerView> Add(NewCustomer customer, Caller actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await Insert(connection, transaction, customer, actor, cancellationToken)
                    ?? throw new AlreadyExistsException("Customer number", customer.CustomerNumber!);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// The customer an order names (by name, ignoring case), or a new one made from the order's form and served by its
    /// manager: taking the form's customer number when it is free. Orders of one new customer linked at the same
    /// moment make one customer, not two.
    /// </summary>
    public async Task<CustomerView> FindOrAdd(CustomerDetails form, string managerId, Caller actor, CancellationToken cancellationToken = default)
    {
        var name = form.Name.Trim();
        if (await FindByName(name, cancellationToken) is { } known)
        {
            // The usual case, answered without a transaction.
            return known;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('dexflow.customers:' || lower(@name)))", connection, transaction))
        {
            serialize.Parameters.AddWithValue("name", name);
            await serialize.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var find = new NpgsqlCommand(ByName, connection, transaction))
        {
            find.Parameters.AddWithValue("name", name);
            if (await ReadOne(find, cancellationToken) is { } existing)
            {
                return existing;
            }
        }

        ImmutableArray<CustomerContact> contacts = string.IsNullOrWhiteSpace(form.ContactName)
            ? []
            : [new CustomerContact(form.ContactName.Trim(), form.ContactEmail?.Trim().ToLowerInvariant(), null, null)];
        var profile = new CustomerProfile(name, form.BillingAddress, form.VatId, contacts, null, null, managerId, null);
        var number = string.IsNullOrWhiteSpace(form.CustomerNumber) ? null : form.CustomerNumber.Trim();
        var added = await Insert(connection, transaction, new NewCustomer(number, profile), actor, cancellationToken, savepoint: number is not null)
                    ?? await Insert(connection, transaction, new NewCustomer(null, profile), actor, cancellationToken)
                    ?? throw new InvalidOperationException("A customer numbered from the sequence collided.");
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    private async Task<CustomerView?> FindByName(string name, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(ByName);
        command.Parameters.AddWithValue("name", name);
        return await ReadOne(command, cancellationToken);
    }

    /// <summary>
    /// Replaces the customer's profile under its row lock, after <paramref name="check"/> (which throws to refuse) has
    /// seen the customer as it is; answers the customer as stored.
    /// </summary>
    public async Task<CustomerView> Change(string customerId, CustomerProfile profile, Caller actor, Action<CustomerView> check, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CustomerView before;
        await using (var find = new NpgsqlCommand($"{Select} WHERE c.customer_id = @id FOR UPDATE OF c", connection, transaction))
        {
            find.Parameters.AddWithValue("id", customerId);
            before = await ReadOne(find, cancellationToken) ?? throw new NotFoundException("Customer", customerId);
        }

        check(before);
        var changes = CustomerAuditLog.Changes(before.Profile, profile);
        if (changes.IsEmpty)
        {
            return before;
        }

        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            var update = new NpgsqlBatchCommand("""
                UPDATE dexflow.customers SET name = @name, match_name = @match_name, billing_address = @billing_address, vat_id = @vat_id,
                    contacts = @contacts, payment_terms_days = @payment_terms_days, credit_limit = @credit_limit, manager_id = @manager_id,
                    notes = @notes, version = version + 1, updated_at = @now
                WHERE customer_id = @id
                """);
            AddProfile(update.Parameters, profile);
            update.Parameters.AddWithValue("id", customerId);
            update.Parameters.AddWithValue("now", time.GetUtcNow());
            batch.BatchCommands.Add(update);
            batch.BatchCommands.Add(CustomerAuditLog.Entry(actor, customerId, CustomerAction.Updated, changes));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await Get(customerId, cancellationToken) ?? throw new InvalidOperationException($"Customer {customerId} vanished.");
    }

    /// <summary>
    /// Whether the customer has had an order produced and invoiced, other than <paramref name="exceptNumber"/>: not a new
    /// customer. A final invoice exists only for completed orders, so cancelled ones do not count.
    /// </summary>
    public async Task<bool> HasCompletedOrders(string customerId, string exceptNumber, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            SELECT EXISTS (SELECT 1 FROM dexflow.orders o JOIN dexflow.invoices i ON i.order_number = o.number AND i.kind = 'Final'
                           WHERE o.customer_id = @customer AND o.number <> @number)
            """);
        command.Parameters.AddWithValue("customer", customerId);
        command.Parameters.AddWithValue("number", exceptNumber);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Inserts the customer with its audit entry; null when its own number is taken (the transaction stays usable).</summary>
    private async Task<CustomerView?> Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, NewCustomer customer, Caller actor,
        CancellationToken cancellationToken, bool savepoint = true)
    {
        var id = "cus-" + Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO dexflow.customers (customer_id, customer_number, name, match_name, billing_address, vat_id, contacts,
                payment_terms_days, credit_limit, manager_id, notes, created_at)
            VALUES (@id, coalesce(@number, 'C-' || lpad(nextval('dexflow.customer_numbers')::text, 6, '0')), @name, @match_name,
                @billing_address, @vat_id, @contacts, @payment_terms_days, @credit_limit, @manager_id, @notes, @now)
            """, connection, transaction);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.Add(new NpgsqlParameter("number", NpgsqlDbType.Text) { Value = (object?)customer.CustomerNumber ?? DBNull.Value });
        AddProfile(insert.Parameters, customer.Profile);
        insert.Parameters.AddWithValue("now", now);
        if (savepoint)
        {
            await transaction.SaveAsync("insert_customer", cancellationToken);
        }

        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "customers_by_number" && savepoint)
        {
            await transaction.RollbackAsync("insert_customer", cancellationToken);
            return null;
        }

        await using (var audit = new NpgsqlBatch(connection, transaction))
        {
            audit.BatchCommands.Add(CustomerAuditLog.Entry(actor, id, CustomerAction.Created, CustomerAuditLog.Changes(null, customer.Profile)));
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var find = new NpgsqlCommand($"{Select} WHERE c.customer_id = @id", connection, transaction);
        find.Parameters.AddWithValue("id", id);
        return await ReadOne(find, cancellationToken);
    }

    private static void AddProfile(NpgsqlParameterCollection parameters, CustomerProfile profile)
    {
        parameters.AddWithValue("name", profile.Name);
        parameters.AddWithValue("match_name", CustomerNames.MatchKey(profile.Name));
        parameters.Add(new NpgsqlParameter("billing_address", NpgsqlDbType.Text) { Value = (object?)profile.BillingAddress ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("vat_id", NpgsqlDbType.Text) { Value = (object?)profile.VatId ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("contacts", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(profile.Contacts, JsonSerializerOptions.Web) });
        parameters.Add(new NpgsqlParameter("payment_terms_days", NpgsqlDbType.Integer) { Value = (object?)profile.PaymentTermsDays ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("credit_limit", NpgsqlDbType.Numeric) { Value = (object?)profile.CreditLimit ?? DBNull.Value });
        parameters.AddWithValue("manager_id", profile.ManagerId);
        parameters.Add(new NpgsqlParameter("notes", NpgsqlDbType.Text) { Value = (object?)profile.Notes ?? DBNull.Value });
    }

    private static async Task<CustomerView?> ReadOne(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static CustomerView Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new CustomerProfile(
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            JsonSerializer.Deserialize<ImmutableArray<CustomerContact>>(reader.GetString(5), JsonSerializerOptions.Web),
            reader.IsDBNull(6) ? null : reader.GetInt32(6),
            reader.IsDBNull(7) ? null : reader.GetDecimal(7),
            reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9)),
        reader.IsDBNull(13) ? null : reader.GetString(13),
        reader.GetFieldValue<DateTimeOffset>(10),
        reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
        reader.GetInt64(12));
}
