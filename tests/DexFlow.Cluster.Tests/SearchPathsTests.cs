using DexFlow.Contracts.Search;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Search;
using DexFlow.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// Search on more rows than one walk tests, so that each way of finding matches runs: a word in every row (one walk),
/// a word in a fifth of them (a longer walk) and a rare word (the full-text index). Whichever way, a manager finds only
/// the documents and orders of their own orders. Document n was received n minutes after the first; order n is as new.
/// </summary>
public sealed class SearchPathsTests : IAsyncLifetime
{
    private const int Rows = 5_000;
    private static readonly Caller Admin = new("admin", "Ada Admin", Roles.Administrator);
    private static readonly Caller Mia = new("m1", "Mia", Roles.Manager);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.Execute(DataSet);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_word_in_every_document_finds_the_newest_of_those_the_manager_may_see()
    {
        var page = await Search(Mia, "leaflet", SearchScope.Documents);

        // Mia's orders hold the even documents: the newest even ones come first.
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"d{Rows - 2 * i}"), page.Items.Select(hit => hit.Id));
        Assert.True(page.More);
    }

    [Fact]
    public async Task A_word_in_a_fifth_of_the_documents_finds_its_newest_matches()
    {
        var page = await Search(Admin, "quarto", SearchScope.Documents);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"d{Rows - 5 * i}"), page.Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task A_rare_word_is_found_in_every_document_that_holds_it_and_only_in_those_the_caller_may_see()
    {
        var all = await Search(Admin, "zebra", SearchScope.Documents);
        var mine = await Search(Mia, "zebra", SearchScope.Documents);

        Assert.Equal(["d12", "d13", "d4002", "d4003"], all.Items.Select(hit => hit.Id).Order());
        Assert.Equal(["d12", "d4002"], mine.Items.Select(hit => hit.Id).Order());
        Assert.All(mine.Items, hit => Assert.Equal("2026-000002", hit.OrderNumber));
    }

    [Fact]
    public async Task Orders_are_found_by_a_rare_title_word_and_by_a_common_one_only_among_the_managers_own()
    {
        var rare = await Search(Mia, "zebra", SearchScope.Orders);
        var common = await Search(Mia, "flyer", SearchScope.Orders);

        Assert.Equal(["2026-000012", "2026-004002"], rare.Items.Select(hit => hit.Id).Order());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"2026-{Rows - 2 * i:000000}"), common.Items.Select(hit => hit.Id));
    }

    private Task<SearchPage> Search(Caller caller, string text, SearchScope scope) =>
        new SearchQueries(_database.DataSource).Search(caller, new SearchQuery(text, scope, 1, 50));

    // Mia manages the even orders; each document n is on order 2 when n is even, on order 1 otherwise.
    private const string DataSet = """
        INSERT INTO dexflow.orders (number, version, stage, revision, manager_id, manager_name, customer_name, reached_review,
            accounting_review, qa_review, processing_gave_up, awaiting, stage_since, created_at, updated_at, title)
        SELECT '2026-' || lpad(n::text, 6, '0'), 1, 'Draft', 0, CASE WHEN n % 2 = 0 THEN 'm1' ELSE 'm2' END,
               CASE WHEN n % 2 = 0 THEN 'Mia' ELSE 'Max' END, 'Acme GmbH', false, 'Pending', 'Pending', false, 0,
               timestamptz '2026-03-01 00:00Z' + n * interval '1 minute', timestamptz '2026-03-01 00:00Z' + n * interval '1 minute',
               timestamptz '2026-03-01 00:00Z' + n * interval '1 minute',
               CASE WHEN n IN (12, 13, 4002, 4003) THEN 'Flyer zebra' ELSE 'Flyer' END
        FROM generate_series(1, 5000) n;

        INSERT INTO dexflow.documents (document_id, parcel_id, version, parcel_stage, submitted_by, capture_point_id, channel,
            received_at, type, route_kind, route_role, order_number, file_name, sender, subject, language, pages, fields, text, search)
        SELECT 'd' || n, 'p' || n, 1, 'Routed', 'clerk', 'rest-upload', 'Upload', timestamptz '2026-03-01 00:00Z' + n * interval '1 minute',
               'Correspondence', 'AttachToOrder', NULL, CASE WHEN n % 2 = 0 THEN '2026-000002' ELSE '2026-000001' END, 'letter.pdf',
               NULL, NULL, 'english', 1, '', t.text, to_tsvector('english', t.text)
        FROM generate_series(1, 5000) n
        CROSS JOIN LATERAL (SELECT concat_ws(' ', 'leaflet', CASE WHEN n % 5 = 0 THEN 'quarto' END,
                                             CASE WHEN n IN (12, 13, 4002, 4003) THEN 'zebra' END, 'paper') AS text) t;
        """;
}
