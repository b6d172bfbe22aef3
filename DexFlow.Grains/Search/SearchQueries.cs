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
    /// <summary>
    /// Hits are ranked among the most recent matches, at most this many: ranking every match of a common word would read
    /// a good part of a million rows; the newest thousand are the ones a person pages through. The matches are found by
    /// the full-text index first (materialized): walking the newest rows instead would read the whole table for a word
    /// that matches little.
    /// </summary>
    public const int Candidates = 1000;

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
            WITH q AS (SELECT to_tsquery('simple', @terms) AS query),
            matches AS MATERIALIZED (
                SELECT w.number
                FROM dexflow.order_words w, q
                WHERE w.search_work @@ q.query OR w.search @@ q.query),
            recent AS (
                SELECT o.number, o.title, o.product, o.updated_at,
                       CASE WHEN {parties} THEN o.customer_name END AS customer_name,
                       CASE WHEN {parties} THEN w.search ELSE w.search_work END AS words
                FROM matches
                JOIN dexflow.orders o ON o.number = matches.number
                JOIN dexflow.order_words w ON w.number = o.number, q
                WHERE {visible} AND (w.search_work @@ q.query OR ({parties} AND w.search @@ q.query))
                ORDER BY o.updated_at DESC
                LIMIT {Candidates})
            SELECT m.number, coalesce(m.title, m.product, m.number), m.updated_at, ts_rank(m.words, q.query),
                   ts_headline('simple', concat_ws(' · ', m.number, m.title, m.product, m.customer_name), q.query, @options)
            FROM recent m, q
            ORDER BY 4 DESC, m.updated_at DESC, m.number
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
            found AS MATERIALIZED (
                SELECT d.document_id
                FROM dexflow.documents d, q
                WHERE d.search @@ q.query),
            matches AS (
                SELECT d.document_id, d.received_at, d.search
                FROM found JOIN dexflow.documents d ON d.document_id = found.document_id
                WHERE {visible}
                ORDER BY d.received_at DESC
                LIMIT {Candidates}),
            ranked AS (
                SELECT m.document_id, ts_rank(m.search, q.query) AS rank, m.received_at
                FROM matches m, q
                ORDER BY rank DESC, m.received_at DESC, m.document_id
                LIMIT {pageSize + 1} OFFSET {Paging.Offset(page, pageSize)}),
            hits AS (
                SELECT d.document_id, coalesce(d.subject, d.file_name) AS title, d.type, d.order_number, d.received_at,
                       d.language, d.text, d.file_name, r.rank
                FROM ranked r JOIN dexflow.documents d ON d.document_id = r.document_id)
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
