using System.Collections.Immutable;
using System.Data.Common;
using DexFlow.Contracts;
using DexFlow.Contracts.Inbox;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Routing;
using DexFlow.Grains.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Inbox;

/// <summary>
/// The caller's inbox as one paged list: orders that wait for one of the caller's roles (<c>dexflow.orders</c>, as far
/// as the access policy lets the caller see them) and documents routed to those roles or, for clerks, to the exception
/// queue (<c>dexflow.routed_documents</c>), counted and sorted together in one query so that no item is ever cut off.
/// </summary>
public sealed class InboxQueries(NpgsqlDataSource db)
{
    public async Task<InboxPage> Page(Caller caller, InboxQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Paging.Size(query.PageSize);
        await using var command = db.CreateCommand();
        var visible = OrderVisibilityFilter.Build(caller, command);
        var seesInvoicing = OrderVisibilityFilter.Build(caller, command, OrderFieldGroup.Invoicing);
        command.Parameters.Add(new NpgsqlParameter("roles", NpgsqlDbType.Integer) { Value = (int)caller.Roles });
        command.Parameters.Add(new NpgsqlParameter("role_names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = RoleNames.Names(caller.Roles).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("prepayment", NpgsqlDbType.Text) { Value = DeadlineRules.Prepayment });
        command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Bigint) { Value = Paging.Offset(query.Page, pageSize) });

        // An overdue flag counts only where the caller may see it: the prepayment's wait is for those who see invoicing.
        var overdue = $"o.overdue IS NOT NULL AND (o.overdue <> @prepayment OR {seesInvoicing})";
        var orders = query.Filter switch
        {
            null or InboxFilter.OrderTask => $"(o.awaiting & @roles) <> 0 AND {visible}",
            InboxFilter.Overdue => $"(o.awaiting & @roles) <> 0 AND {visible} AND {overdue}",
            _ => "FALSE",
        };
        var documents = query.Filter switch
        {
            null => "TRUE",
            InboxFilter.Document => $"r.kind = '{RoutedDocuments.InboxKind}'",
            InboxFilter.Exception => $"r.kind = '{RoutedDocuments.ExceptionKind}'",
            _ => "FALSE",
        };
        var direction = query.OldestFirst ? "ASC" : "DESC";
        command.CommandText = $"""
            WITH items AS (
                SELECT 'order' AS kind, o.number AS reference, o.stage_since AS since, o.stage, o.customer_name, o.title,
                       o.due_date, o.manager_id, o.accounting_review, o.qa_review, o.processing_gave_up, o.overdue,
                       o.reached_review, NULL::text AS reason, o.production_on_hold, o.resources
                FROM dexflow.orders o
                WHERE {orders}
                UNION ALL
                SELECT r.kind, r.document_id, r.created_at, NULL, NULL, r.title, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.reason, NULL, NULL
                FROM dexflow.routed_documents r
                WHERE r.role = ANY(@role_names) AND r.done_at IS NULL AND {documents}
            )
            SELECT *, count(*) OVER () AS total FROM items
            ORDER BY since {direction}, reference {direction}
            LIMIT {pageSize} OFFSET @offset
            """;

        var items = ImmutableArray.CreateBuilder<InboxItem>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                total = reader.GetInt64(reader.GetOrdinal("total"));
                items.Add(Text(reader, "kind") == "order" ? OrderTask(reader, caller) : RoutedDocument(reader));
            }
        }

        if (items.Count == 0 && query.Page > 1)
        {
            total = (await Page(caller, query with { Page = 1, PageSize = 1 }, cancellationToken)).Total;
        }

        return new InboxPage(items.ToImmutable(), Math.Max(1, query.Page), pageSize, total);
    }

    private static InboxItem OrderTask(DbDataReader reader, Caller caller)
    {
        var stage = Enum.Parse<OrderStage>(Text(reader, "stage")!);
        var facts = new OrderFacts(
            stage,
            Enum.Parse<ReviewOutcome>(Text(reader, "accounting_review")!),
            Enum.Parse<ReviewOutcome>(Text(reader, "qa_review")!),
            reader.GetBoolean(reader.GetOrdinal("processing_gave_up")),
            reader.GetBoolean(reader.GetOrdinal("production_on_hold")));
        var groups = OrderAccessPolicy.GroupsFor(caller, new OrderAccessFacts(stage, Text(reader, "manager_id")!, reader.GetBoolean(reader.GetOrdinal("reached_review")),
            [.. reader.GetFieldValue<string[]>(reader.GetOrdinal("resources"))]));
        var overdue = Text(reader, "overdue") is { } waiting && DeadlineRules.MayShow(waiting, groups.Contains(OrderFieldGroup.Invoicing)) ? waiting : null;
        var customer = groups.Contains(OrderFieldGroup.Parties) ? Text(reader, "customer_name") : null;
        var due = reader.GetOrdinal("due_date") is var column && reader.IsDBNull(column) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(column);
        return new InboxItem("order", Text(reader, "reference")!, OrderInbox.TaskFor(caller.Roles, facts) ?? "", stage, customer,
            Text(reader, "title"), due, reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("since")), overdue);
    }

    private static InboxItem RoutedDocument(DbDataReader reader)
    {
        var exception = Text(reader, "kind") == RoutedDocuments.ExceptionKind;
        return new InboxItem(exception ? "exception" : "document", Text(reader, "reference")!,
            (exception ? "Place this document: " : "") + Text(reader, "reason"), null, null,
            Text(reader, "title"), null, reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("since")));
    }

    private static string? Text(DbDataReader reader, string column) =>
        reader.GetOrdinal(column) is var at && reader.IsDBNull(at) ? null : reader.GetString(at);
}
