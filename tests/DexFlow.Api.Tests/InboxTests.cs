using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The inbox and the clerks' queue are paged lists that count everything and never cut newer work off.</summary>
[Collection(ApiCollection.Name)]
public sealed class InboxTests(ApiFixture fixture)
{
    [Fact]
    public async Task More_than_five_hundred_waiting_orders_are_all_reachable_newest_first_page_by_page_with_a_total()
    {
        var manager = await LogIn("manager2");
        var created = new List<string>();
        foreach (var batch in Enumerable.Range(0, 509).Chunk(16))
        {
            var numbers = await Task.WhenAll(batch.Select(async _ =>
                (await Json(await manager.Post("/api/orders", new { customer = new { name = "Inbox Paging KG" } }), HttpStatusCode.Created))["number"]!.GetValue<string>()));
            created.AddRange(numbers);
        }

        created.Add((await Json(await manager.Post("/api/orders", new { customer = new { name = "Inbox Paging KG" } }), HttpStatusCode.Created))["number"]!.GetValue<string>());

        var first = await Eventually.Get(() => manager.GetJson("/api/inbox?pageSize=200"),
            page => page["items"]!.AsArray().Any(item => item!["reference"]!.GetValue<string>() == created[^1]), "the newest order to head the inbox");
        var total = first["total"]!.GetValue<long>();
        var seen = new List<JsonNode>();
        for (var page = 1; (page - 1) * 200 < total; page++)
        {
            seen.AddRange((await manager.GetJson($"/api/inbox?pageSize=200&page={page}"))["items"]!.AsArray()!);
        }

        var since = seen.Select(item => item["since"]!.GetValue<DateTimeOffset>()).ToArray();
        Assert.True(total >= created.Count, $"total {total}");
        Assert.Equal(total, seen.Count);
        Assert.Empty(created.Except(seen.Select(item => item["reference"]!.GetValue<string>())));
        Assert.Equal(since.OrderDescending(), since);
        Assert.Equal(created[^1], first["items"]![0]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_inbox_filters_by_kind_sorts_either_way_and_pages_past_the_end_are_empty_not_errors()
    {
        var admin = await LogIn("admin");
        var accountant = await LogIn("accountant");
        var invoice = await ParcelIntakeTests.WaitForStage(admin, (await admin.Upload("/api/parcels", [("invoice.pdf", ParcelIntakeTests.Sample("s017-supplier-invoice.pdf"))])).Headers.Location!.OriginalString, "Routed");
        var invoiceId = invoice["documents"]![0]!["id"]!.GetValue<string>();

        var documents = (await accountant.GetJson("/api/inbox?filter=Document&pageSize=200"))["items"]!.AsArray();
        var tasks = (await accountant.GetJson("/api/inbox?filter=OrderTask&pageSize=200"))["items"]!.AsArray();
        var newestFirst = (await accountant.GetJson("/api/inbox?pageSize=200"))["items"]!.AsArray();
        var oldestFirst = (await accountant.GetJson("/api/inbox?oldestFirst=true&pageSize=200"))["items"]!.AsArray();
        var farAway = await accountant.GetJson("/api/inbox?page=2147483647&pageSize=200");
        var queue = await (await LogIn("clerk")).GetJson("/api/indexing/queue?page=2147483647");
        var badPage = await accountant.Get("/api/inbox?page=0");
        var badSize = await accountant.Get("/api/inbox?pageSize=201");

        Assert.Contains(documents, item => item!["reference"]!.GetValue<string>() == invoiceId);
        Assert.All(documents, item => Assert.Equal("document", item!["kind"]!.GetValue<string>()));
        Assert.DoesNotContain(tasks, item => item!["reference"]!.GetValue<string>() == invoiceId);
        Assert.All(tasks, item => Assert.Equal("order", item!["kind"]!.GetValue<string>()));
        var since = newestFirst.Select(item => item!["since"]!.GetValue<DateTimeOffset>()).ToArray();
        Assert.Equal(since.OrderDescending(), since);
        Assert.Equal(since.Order(), oldestFirst.Select(item => item!["since"]!.GetValue<DateTimeOffset>()));
        Assert.Empty(farAway["items"]!.AsArray());
        Assert.True(farAway["total"]!.GetValue<long>() >= 1);
        Assert.Empty(queue["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSize.StatusCode);
    }

    [Fact]
    public async Task Clerks_list_parcels_by_stage_but_never_the_routed_ones()
    {
        var clerk = await LogIn("clerk");
        var admin = await LogIn("admin");

        var waiting = await clerk.Get("/api/indexing/queue?stage=ManualIndexing");
        var routedForClerk = await clerk.Get("/api/indexing/queue?stage=Routed");
        var routedForAdmin = await admin.Get("/api/indexing/queue?stage=Routed");

        Assert.Equal(HttpStatusCode.OK, waiting.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, routedForClerk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, routedForAdmin.StatusCode);
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);

    [Fact]
    public async Task Polling_an_unchanged_inbox_with_its_etag_costs_a_304_and_a_new_task_changes_the_tag()
    {
        var manager = await LogIn("manager2");
        var first = await manager.Get("/api/inbox?pageSize=5");
        var tag = first.Headers.ETag!.Tag;

        var unchanged = await manager.Get("/api/inbox?pageSize=5", ("If-None-Match", tag));
        var otherManager = await (await LogIn("manager")).Get("/api/inbox?pageSize=5", ("If-None-Match", tag));
        await Json(await manager.Post("/api/orders", new { customer = new { name = "Inbox Polling KG" } }), HttpStatusCode.Created);
        var changed = await Eventually.Get(() => manager.Get("/api/inbox?pageSize=5", ("If-None-Match", tag)),
            response => response.StatusCode == HttpStatusCode.OK, "the new draft to change the inbox");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, otherManager.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag!.Tag);
        Assert.Contains("Inbox Polling KG", await changed.Content.ReadAsStringAsync());
    }
}
