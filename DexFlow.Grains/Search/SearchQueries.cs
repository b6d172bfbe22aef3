using System.Collections.Immutable;
using DexFlow.Contracts;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Search;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Search;

/// <summary>
/// Ranked full-text search over <c>dexflow.order_words</c> (orders' numbers, titles and products, and the parties'
/// names where the caller sees them) and <c>dexflow.documents</c> (text, fields, file name, subject and sender, each
/// stemmed in its document's language), filtered in SQL by what the caller may see.
/// </summary>
public sealed class SearchQueries(NpgsqlDataSource db)
{
    /// <summary>The languages a query is stemmed in: documents are stored in one of them, or unstemmed ("simple").</summary>
    private static readonly string[] Configurations = ["english", "german", "french", "italian", "dutch", "simple"];

    public async Task<SearchPage> Search(Caller caller, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var wanted = (int)Math.Min(int.MaxValue - 1, Paging.Offset(page, pageSize) + pageSize) + 1;
        var hits = new List<SearchHit>();
        if (query.Scope is SearchScope.All or SearchScope.Orders && SearchTerms.ToPrefixQuery(query.Text) is { } terms)
        {
            hits.AddRange(await Orders(caller, terms, query.Scope == SearchScope.Orders ? page : 1, query.Scope == SearchScope.Orders ? pageSize : wanted, cancellationToken));
        }

        if (query.Scope is SearchScope.All or SearchScope.Documents && !string.IsNullOrWhiteSpace(query.Text))
        {
            hits.AddRange(await Documents(caller, query.Text, query.Scope == SearchScope.Documents ? page : 1, query.Scope == SearchScope.Documents ? pageSize : wanted, cancellationToken));
        }

        // One kind was paged in SQL; both kinds are merged by rank and paged here.
        var ranked = query.Scope == SearchScope.All
            ? hits.OrderByDescending(hit => hit.Rank).ThenByDescending(hit => hit.At).Skip((int)Paging.Offset(page, pageSize)).ToList()
            : hits;
        return new SearchPage([.. ranked.Take(pageSize)], page, pageSize, ranked.Count > pageSize);
    }

    private async Task<List<SearchHit>> Orders(Caller caller, string terms, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        var visible = OrderVisibilityFilter.Build(caller, command);
        var parties = OrderVisibilityFilter.Build(caller, command, OrderFieldGroup.Parties);
        command.CommandText = $"""
            SELECT o.number, coalesce(o.title, o.product, o.number), o.updated_at,
                   ts_rank(CASE WHEN {parties} THEN w.search ELSE w.search_work END, q.query),
                   ts_headline('simple', concat_ws(' · ', o.number, o.title, o.product, CASE WHEN {parties} THEN o.customer_name END), q.query, @options)
            FROM dexflow.order_words w
            JOIN dexflow.orders o ON o.number = w.number
            CROSS JOIN to_tsquery('simple', @terms) AS q (query)
            WHERE {visible} AND (w.search_work @@ q.query OR ({parties} AND w.search @@ q.query))
            ORDER BY 4 DESC, o.updated_at DESC, o.number
            LIMIT {pageSize + 1} OFFSET {Paging.Offset(page, pageSize)}
            """;
        command.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Text) { Value = terms });
        command.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = Snippets.Options });
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var number = reader.GetString(0);
            hits.Add(new SearchHit(SearchHitKind.Order, number, reader.GetString(1), number, null,
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFloat(3), Snippets.Parse(reader.GetString(4))));
        }

        return hits;
    }

    private async Task<List<SearchHit>> Documents(Caller caller, string text, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        var visible = DocumentVisibilityFilter.Build(caller, command);
        var query = string.Join(" || ", Configurations.Select(configuration => $"websearch_to_tsquery('{configuration}', @text)"));
        command.CommandText = $"""
            WITH q AS (SELECT {query} AS query),
            hits AS (
                SELECT d.document_id, coalesce(d.subject, d.file_name) AS title, d.type, d.order_number, d.received_at,
                       d.language, d.text, d.file_name, ts_rank(d.search, q.query) AS rank
                FROM dexflow.documents d, q
                WHERE d.search @@ q.query AND {visible}
                ORDER BY rank DESC, d.received_at DESC, d.document_id
                LIMIT {pageSize + 1} OFFSET {Paging.Offset(page, pageSize)})
            SELECT h.document_id, h.title, h.type, h.order_number, h.received_at, h.rank,
                   ts_headline(h.language, CASE WHEN h.text = '' THEN h.file_name ELSE h.text END, q.query, @options)
            FROM hits h, q
            ORDER BY h.rank DESC, h.received_at DESC, h.document_id
            """;
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        command.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = Snippets.Options });
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(SearchHitKind.Document, reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(2) ? null : Enum.Parse<DocumentType>(reader.GetString(2)),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFloat(5), Snippets.Parse(reader.GetString(6))));
        }

        return hits;
    }
}
