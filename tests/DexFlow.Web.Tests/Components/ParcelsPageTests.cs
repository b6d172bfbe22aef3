using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Pages.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class ParcelsPageTests : ComponentTestContext
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeApi api = new();

    public ParcelsPageTests()
    {
        Services.AddSingleton(api.Client);
        Services.AddSingleton(new AuthSession(new NoTokens(), TimeProvider.System));
        var failed = Summary("p-000000000000000000000021", ParcelStage.Failed, "the content store did not answer");
        var waiting = Summary("p-000000000000000000000022", ParcelStage.ManualIndexing, "no readable text or barcode");
        api.On(HttpMethod.Get, "/api/indexing/queue?page=1&pageSize=50", new ParcelQueuePage([failed, waiting], 1, 50, 2))
            .On(HttpMethod.Get, "/api/indexing/queue?stage=Failed&page=1&pageSize=50", new ParcelQueuePage([failed], 1, 50, 1))
            .On(HttpMethod.Get, "/api/inbox?filter=Exception&oldestFirst=true&page=1&pageSize=10",
                new InboxPage([new InboxItem("exception", "p-000000000000000000000009-d1", "Place the document", null, null, "letter.png", null, At)], 1, 10, 1));
        foreach (var (stage, count) in new[] { (ParcelStage.Received, 2), (ParcelStage.Splitting, 0), (ParcelStage.Indexing, 1), (ParcelStage.ManualIndexing, 1),
                     (ParcelStage.Routing, 0), (ParcelStage.Failed, 1) })
        {
            api.On(HttpMethod.Get, $"/api/indexing/queue?stage={stage}&page=1&pageSize=1", new ParcelQueuePage([], 1, 1, count));
        }
    }

    [Fact]
    public void Each_stage_shows_its_count_and_filters_the_list_and_the_exception_queue_links_to_its_documents()
    {
        var page = Render<ParcelsPage>();
        page.WaitForElement("[data-test=parcels]");

        Assert.Equal(["(2)", "(2)", "(0)", "(1)", "(1)", "(0)", "(1)"],
            page.FindAll("[data-test=stage-filter]").Select(button => button.TextContent.Trim().Split(' ')[^1]));
        Assert.Empty(page.FindAll("[data-test=stage-filter][data-stage=Routed]"));
        Assert.Contains("3 still being processed", page.Find("[data-test=auto-refresh]").TextContent);
        Assert.Equal("documents/p-000000000000000000000009-d1", page.Find("[data-test=exception-item] a").GetAttribute("href"));
        Assert.Equal(2, page.FindAll("[data-test=parcel-row]").Count);

        page.Find("[data-test=stage-filter][data-stage=Failed]").Click();

        page.WaitForAssertion(() => Assert.Equal(["p-000000000000000000000021"], page.FindAll("[data-test=parcel-row]").Select(row => row.GetAttribute("data-parcel"))));
        Assert.Equal("true", page.Find("[data-test=stage-filter][data-stage=Failed]").GetAttribute("aria-pressed"));
        Assert.Equal("the content store did not answer", page.Find("[data-test=reason]").TextContent);
    }

    [Fact]
    public async Task A_slow_refresh_does_not_replace_the_stage_the_clerk_picked_while_it_ran()
    {
        var waiting = new ParcelQueuePage([Summary("p-000000000000000000000022", ParcelStage.ManualIndexing, "no readable text or barcode")], 1, 50, 1);
        var refreshed = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reads = 0;
        api.OnAsync(HttpMethod.Get, "/api/indexing/queue?page=1&pageSize=50", _ => ++reads == 1 ? Task.FromResult(FakeApi.Json(waiting)) : refreshed.Task);
        var page = Render<ParcelsPage>();
        page.WaitForAssertion(() => Assert.Equal(["p-000000000000000000000022"], Rows(page)));

        var refresh = page.Find("[data-test=refresh]").ClickAsync(new());
        await page.Find("[data-test=stage-filter][data-stage=Failed]").ClickAsync(new());
        refreshed.SetResult(FakeApi.Json(waiting));
        await refresh;

        page.WaitForAssertion(() => Assert.Equal(["p-000000000000000000000021"], Rows(page)));
        Assert.Equal("true", page.Find("[data-test=stage-filter][data-stage=Failed]").GetAttribute("aria-pressed"));
    }

    private static IEnumerable<string?> Rows(IRenderedComponent<ParcelsPage> page) =>
        page.FindAll("[data-test=parcel-row]").Select(row => row.GetAttribute("data-parcel"));

    private static ParcelSummary Summary(string id, ParcelStage stage, string reason) =>
        new(id, stage, "rest-upload", CaptureChannel.Upload, At, At, 1, reason, "Clerk", null);

    private sealed class NoTokens : ITokenStore
    {
        public ValueTask<string?> Get(string key) => ValueTask.FromResult<string?>(null);

        public ValueTask Set(string key, string value) => ValueTask.CompletedTask;

        public ValueTask Remove(string key) => ValueTask.CompletedTask;
    }
}
