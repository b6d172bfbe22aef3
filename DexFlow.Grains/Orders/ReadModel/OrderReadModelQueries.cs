using System.Collections.Immutable;
using System.Data.Common;
using System.Text;
using DexFlow.Contracts;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Company;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>
/// Lists and inboxes, read from <c>dexflow.orders</c> and limited to what the caller may see: the orders by
/// <see cref="OrderVisibilityFilter"/>, their customer and manager by the parties group, row by row. Filtering and
/// searching by the customer's or the manager's name matches only orders whose parties the caller sees.
/// </summary>
public sealed class OrderReadModelQueries(NpgsqlDataSource db)
{

    private const string Columns = """
        o.number, o.stage, o.revision, o.customer_name, o.product, o.title, o.quantity, o.due_date, o.manager_id,
        o.manager_name, o.created_at, o.updated_at, o.accounting_review, o.qa_review, o.processing_gave_up, o.stage_since, o.overdue, o.reached_review,
        o.production_on_hold, o.resources
        """;

    public async Task<OrderPage> List(Caller caller, OrderQuery query, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Paging.Size(query.PageSize);
        await using var command = db.CreateCommand();
        var where = new StringBuilder(OrderVisibilityFilter.Build(caller, command));
        if (query.Stage is { } stage)
        {
            where.Append(" AND o.stage = @stage");
            command.Parameters.Add(new NpgsqlParameter("stage", NpgsqlDbType.Text) { Value = stage.ToString() });
        }

        if (query.Archived is { } archived)
        {
            where.Append(archived ? " AND o.stage = 'Archived'" : " AND o.stage <> 'Archived'");
        }

        if (!query.Stages.IsDefaultOrEmpty)
        {
            where.Append(" AND o.stage = ANY(@stages)");
            command.Parameters.Add(new NpgsqlParameter("stages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Stages.Select(stage => stage.ToString()).ToArray() });
        }

        Between(where, command, "o.created_at", "created", query.Created, zone);
        Between(where, command, "o.completed_at", "completed", query.Completed, zone);
        Between(where, command, "o.archived_at", "archived_on", query.ArchivedOn, zone);
        if (query.Due.From is { } dueFrom)
        {
            where.Append(" AND o.due_date >= @due_from");
            command.Parameters.Add(new NpgsqlParameter("due_from", NpgsqlDbType.Date) { Value = dueFrom });
        }

        if (query.Due.To is { } dueTo)
        {
            where.Append(" AND o.due_date <= @due_to");
            command.Parameters.Add(new NpgsqlParameter("due_to", NpgsqlDbType.Date) { Value = dueTo });
        }

        if (query.MinAmount is not null || query.MaxAmount is not null)
        {
            // Amounts are prices: they match only orders whose prices the caller sees.
            where.Append($" AND {OrderVisibilityFilter.Build(caller, command, OrderFieldGroup.Pricing)}");
            if (query.MinAmount is { } min)
            {
                where.Append(" AND o.net_amount >= @min_amount");
                command.Parameters.Add(new NpgsqlParameter("min_amount", NpgsqlDbType.Numeric) { Value = min });
            }

            if (query.MaxAmount is { } max)
            {
                where.Append(" AND o.net_amount <= @max_amount");
                command.Parameters.Add(new NpgsqlParameter("max_amount", NpgsqlDbType.Numeric) { Value = max });
            }
        }

        var customer = string.IsNullOrWhiteSpace(query.Customer) ? null : query.Customer;
        var terms = SearchTerms.ToPrefixQuery(query.Text);
        var withParties = customer is not null || terms is not null ? OrderVisibilityFilter.Build(caller, command, OrderFieldGroup.Parties) : "FALSE";
        if (customer is not null)
        {
            where.Append($" AND {withParties} AND lower(o.customer_name) LIKE @customer ESCAPE '\\'");
            command.Parameters.Add(new NpgsqlParameter("customer", NpgsqlDbType.Text) { Value = SqlLike.Prefix(customer.Trim().ToLowerInvariant()) });
        }

        if (terms is not null)
        {
            // The words everyone may search by, or, where the caller sees the parties, their names too.
            where.Append($"""
                 AND EXISTS (SELECT 1 FROM dexflow.order_words w WHERE w.number = o.number
                             AND (w.search_work @@ to_tsquery('simple', @terms) OR ({withParties} AND w.search @@ to_tsquery('simple', @terms))))
                """);
            command.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Text) { Value = terms });
        }

        // The matches are found first and then counted and paged: ordered by the newest index, PostgreSQL would read the
        // whole table past a selective filter (a date range, a customer) to count the few that match. Only their keys
        // are kept (a hundred thousand whole rows spilled to disk); the page's rows are read by key.
        command.CommandText = $"""
            WITH matches AS MATERIALIZED (
                SELECT o.number, o.updated_at
                FROM dexflow.orders o
                WHERE {where}),
            page AS (
                SELECT m.number, count(*) OVER () AS total
                FROM matches m
                ORDER BY m.updated_at DESC, m.number DESC
                LIMIT {pageSize} OFFSET {Paging.Offset(page, pageSize)})
            SELECT {Columns}, page.total
            FROM page JOIN dexflow.orders o ON o.number = page.number
            ORDER BY o.updated_at DESC, o.number DESC
            """;

        var items = ImmutableArray.CreateBuilder<OrderSummary>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadSummary(reader, caller));
            total = reader.GetInt64(reader.GetOrdinal("total"));
        }

        if (items.Count == 0 && page > 1)
        {
            total = await Count(caller, query, zone, cancellationToken);
        }

        return new OrderPage(items.ToImmutable(), page, pageSize, total);
    }

    private async Task<long> Count(Caller caller, OrderQuery query, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var first = await List(caller, query with { Page = 1, PageSize = 1 }, zone, cancellationToken);
        return first.Total;
    }

    /// <summary>A moment column within the days of <paramref name="range"/> in the shop's time zone.</summary>
    private static void Between(StringBuilder where, NpgsqlCommand command, string column, string name, DayRange range, TimeZoneInfo zone)
    {
        if (range.From is { } from)
        {
            where.Append($" AND {column} >= @{name}_from");
            command.Parameters.Add(new NpgsqlParameter($"{name}_from", NpgsqlDbType.TimestampTz) { Value = ZoneDays.Midnight(from, zone).UtcDateTime });
        }

        if (range.To is { } to)
        {
            where.Append($" AND {column} < @{name}_to");
            command.Parameters.Add(new NpgsqlParameter($"{name}_to", NpgsqlDbType.TimestampTz) { Value = ZoneDays.Midnight(to.AddDays(1), zone).UtcDateTime });
        }
    }

    /// <summary>A row as the caller may see it: the customer and the manager only with the parties group.</summary>
    private static OrderSummary ReadSummary(DbDataReader reader, Caller caller)
    {
        var parties = GroupsFor(reader, caller).Contains(OrderFieldGroup.Parties);
        return new OrderSummary(
            reader.GetString(0),
            Enum.Parse<OrderStage>(reader.GetString(1)),
            reader.GetInt32(2),
            parties ? reader.GetString(3) : null,
            reader.IsDBNull(4) ? null : Enum.Parse<ProductType>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetInt32(6),
            reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
            parties ? reader.GetString(8) : null,
            parties ? reader.GetString(9) : null,
            reader.GetFieldValue<DateTimeOffset>(10),
            reader.GetFieldValue<DateTimeOffset>(11));
    }

    private static IReadOnlySet<OrderFieldGroup> GroupsFor(DbDataReader reader, Caller caller) =>
        OrderAccessPolicy.GroupsFor(caller, new OrderAccessFacts(
            Enum.Parse<OrderStage>(reader.GetString(reader.GetOrdinal("stage"))),
            reader.GetString(reader.GetOrdinal("manager_id")),
            reader.GetBoolean(reader.GetOrdinal("reached_review")),
            [.. reader.GetFieldValue<string[]>(reader.GetOrdinal("resources"))]));
}
