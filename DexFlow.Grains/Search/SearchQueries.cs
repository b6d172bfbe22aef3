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
/// stemmed in its document's language), filtered in SQL by what the caller may see. The newest matches are found
/// first (<see cref="NewestMatches"/>), then ranked and given snippets. The text query is made once per statement
/// (<c>q</c>, materialized): under a generic plan it would otherwise be stemmed again for every row a walk tests.
/// Each match found by the index is looked up by its key (a subquery per match): joined, the planner, which cannot know
/// how few the matches are, would read all of a manager's orders to join them with one.
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
        const string Query = "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', @terms) AS query)";
        var numbers = await NewestMatches.Find(
            walk: async limit =>
            {
                await using var command = OrderCommand(caller, terms, out var visible, out var parties);
                command.CommandText = $"""
                    {Query},
                    newest AS (SELECT o.* FROM dexflow.orders o ORDER BY o.updated_at DESC, o.number DESC LIMIT {limit})
                    SELECT count(*)::int, (array_agg(o.number ORDER BY o.updated_at DESC, o.number DESC) FILTER (WHERE
                        {visible} AND (SELECT w.search_work @@ q.query OR ({parties} AND w.search @@ q.query)
                                       FROM dexflow.order_words w WHERE w.number = o.number)))[1:{NewestMatches.Candidates}]
                    FROM newest o, q
                    """;
                return await ReadWalk(command, cancellationToken);
            },
            index: async () =>
            {
                await using var command = OrderCommand(caller, terms, out var visible, out var parties);
                command.CommandText = $"""
                    {Query},
                    found AS MATERIALIZED (
                        SELECT w.number, w.search_work @@ q.query AS work_words
                        FROM dexflow.order_words w, q WHERE w.search_work @@ q.query OR w.search @@ q.query),
                    seen AS (
                        SELECT f.number, (SELECT o.updated_at FROM dexflow.orders o
                                          WHERE o.number = f.number AND {visible} AND (f.work_words OR {parties})) AS updated_at
                        FROM found f)
                    SELECT number FROM seen WHERE updated_at IS NOT NULL
                    ORDER BY updated_at DESC, number DESC
                    LIMIT {NewestMatches.Candidates}
                    """;
                return await ReadIds(command, cancellationToken);
            });

        await using var ranking = db.CreateCommand();
        var parties = OrderVisibilityFilter.Build(caller, ranking, OrderFieldGroup.Parties);
        ranking.CommandText = $"""
            {Query},
            found AS (
                SELECT o.number, o.title, o.product, o.updated_at,
                       CASE WHEN {parties} THEN o.customer_name END AS customer_name,
                       CASE WHEN {parties} THEN w.search ELSE w.search_work END AS words
                FROM dexflow.orders o JOIN dexflow.order_words w ON w.number = o.number
                WHERE o.number = ANY(@numbers))
            SELECT m.number, coalesce(m.title, m.product, m.number), m.updated_at, ts_rank(m.words, q.query),
                   ts_headline('simple', concat_ws(' · ', m.number, m.title, m.product, m.customer_name), q.query, @options)
            FROM found m, q
            ORDER BY 4 DESC, m.updated_at DESC, m.number
            LIMIT {pageSize + 1} OFFSET {Paging.Offset(page, pageSize)}
            """;
        ranking.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Text) { Value = terms });
        ranking.Parameters.Add(new NpgsqlParameter("numbers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = numbers.ToArray() });
        ranking.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = Snippets.Options });
        var hits = new List<SearchHit>();
        await using var reader = await ranking.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var number = reader.GetString(0);
            hits.Add(new SearchHit(SearchHitKind.Order, number, reader.GetString(1), number, null,
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFloat(3), Snippets.Parse(reader.GetString(4))));
        }

        return hits;
    }

    /// <summary>
    /// A command on the orders the caller sees (<paramref name="visible"/>), searched by their parties' names only where
    /// the caller sees those (<paramref name="parties"/>).
    /// </summary>
    private NpgsqlCommand OrderCommand(Caller caller, string terms, out string visible, out string parties)
    {
        var command = db.CreateCommand();
        visible = OrderVisibilityFilter.Build(caller, command);
        parties = OrderVisibilityFilter.Build(caller, command, OrderFieldGroup.Parties);
        command.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Text) { Value = terms });
        return command;
    }

    private async Task<List<SearchHit>> Documents(Caller caller, string text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = "WITH q AS MATERIALIZED (SELECT " + string.Join(" || ", Configurations.Select(configuration => $"websearch_to_tsquery('{configuration}', @text)")) + " AS query)";
        var ids = await NewestMatches.Find(
            walk: async limit =>
            {
                await using var command = DocumentCommand(caller, text, out var visible);
                command.CommandText = $"""
                    {query},
                    newest AS (SELECT d.* FROM dexflow.documents d ORDER BY d.received_at DESC LIMIT {limit})
                    SELECT count(*)::int, (array_agg(d.document_id ORDER BY d.received_at DESC, d.document_id) FILTER (WHERE d.search @@ q.query AND {visible}))[1:{NewestMatches.Candidates}]
                    FROM newest d, q
                    """;
                return await ReadWalk(command, cancellationToken);
            },
            index: async () =>
            {
                await using var command = DocumentCommand(caller, text, out var visible);
                command.CommandText = $"""
                    {query},
                    found AS MATERIALIZED (SELECT d.document_id FROM dexflow.documents d, q WHERE d.search @@ q.query),
                    seen AS (
                        SELECT f.document_id, (SELECT d.received_at FROM dexflow.documents d
                                               WHERE d.document_id = f.document_id AND {visible}) AS received_at
                        FROM found f)
                    SELECT document_id FROM seen WHERE received_at IS NOT NULL
                    ORDER BY received_at DESC, document_id
                    LIMIT {NewestMatches.Candidates}
                    """;
                return await ReadIds(command, cancellationToken);
            });

        await using var ranking = db.CreateCommand();
        ranking.CommandText = $"""
            {query},
            ranked AS (
                SELECT d.document_id, ts_rank(d.search, q.query) AS rank, d.received_at
                FROM dexflow.documents d, q
                WHERE d.document_id = ANY(@ids)
                ORDER BY rank DESC, d.received_at DESC, d.document_id
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
        ranking.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        ranking.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ids.ToArray() });
        ranking.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = Snippets.Options });
        var hits = new List<SearchHit>();
        await using var reader = await ranking.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(SearchHitKind.Document, reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(2) ? null : Enum.Parse<DocumentType>(reader.GetString(2)),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFloat(5), Snippets.Parse(reader.GetString(6))));
        }

        return hits;
    }

    /// <summary>A command on the documents the caller sees.</summary>
    private NpgsqlCommand DocumentCommand(Caller caller, string text, out string visible)
    {
        var command = db.CreateCommand();
        visible = DocumentVisibilityFilter.Build(caller, command);
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        return command;
    }

    private static async Task<NewestMatches.Walk> ReadWalk(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new NewestMatches.Walk(reader.GetInt32(0), reader.IsDBNull(1) ? [] : reader.GetFieldValue<string[]>(1));
    }

    private static async Task<IReadOnlyList<string>> ReadIds(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
