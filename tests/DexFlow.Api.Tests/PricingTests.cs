using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Grains.Pricing;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The price list as versioned data, estimates, and the paperwork processing generates for each revision.</summary>
[Collection(ApiCollection.Name)]
public sealed class PricingTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_administrator_publishes_new_prices_and_an_order_records_the_version_it_was_priced_with()
    {
        var admin = await LogIn("admin");
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var current = await admin.GetJson("/api/pricing/price-list");
        var original = current["priceList"]!.DeepClone();
        var before = current["version"]!.GetValue<int>();
        try
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("planner")).Get("/api/pricing/price-list")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await manager.Put("/api/pricing/price-list", new { priceList = original, comment = "cheaper" })).StatusCode);

            var broken = original.DeepClone().AsObject();
            broken["platePrice"] = -1;
            broken["paperStocks"]!.AsArray().Add(broken["paperStocks"]![0]!.DeepClone());
            var refused = await Json(await admin.Put("/api/pricing/price-list", new { priceList = broken, comment = "broken" }), HttpStatusCode.BadRequest);
            Assert.Equal(["paperStocks", "platePrice"], refused["errors"]!.AsObject().Select(error => error.Key).Order());

            var spec = ((JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(OrderForms.Complete()))!)["specification"];
            var cheaper = await Json(await manager.Post("/api/pricing/estimate", new { specification = spec }), HttpStatusCode.OK);

            var dearer = original.DeepClone().AsObject();
            dearer["platePrice"] = original["platePrice"]!.GetValue<decimal>() + 10m;
            var published = await Json(await admin.Put("/api/pricing/price-list", new { priceList = dearer, comment = "plates cost more" }), HttpStatusCode.OK);
            Assert.Equal(before + 1, published["version"]!.GetValue<int>());
            await Task.Delay(new PricingOptions().RefreshInterval); // the silo that did not publish switches within this

            var estimate = await Json(await manager.Post("/api/pricing/estimate", new { specification = spec }), HttpStatusCode.OK);
            var plates = estimate["plates"]!.GetValue<int>();
            Assert.Equal(before + 1, estimate["priceListVersion"]!.GetValue<int>());
            Assert.Equal(Line(cheaper, "Plates") + 10m * plates, Line(estimate, "Plates"));

            var number = await SubmitAndWaitForReview(manager, OrderForms.Complete("Versioned Prices KG"));
            var priced = await accountant.GetJson($"/api/orders/{number}");
            Assert.Equal(before + 1, priced["pricing"]!["priceListVersion"]!.GetValue<int>());
            Assert.Equal(estimate["gross"]!.GetValue<decimal>(), priced["pricing"]!["grossTotal"]!.GetValue<decimal>());

            var old = await admin.GetJson($"/api/pricing/price-list/{before}");
            Assert.Equal(original["platePrice"]!.GetValue<decimal>(), old["priceList"]!["platePrice"]!.GetValue<decimal>());
            var history = JsonNode.Parse(await accountant.Http.GetStringAsync("/api/pricing/price-list/history"))!.AsArray();
            Assert.Equal([before + 1, before], history.Take(2).Select(entry => entry!["version"]!.GetValue<int>()));
            Assert.Equal("plates cost more", history[0]!["comment"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Get("/api/pricing/price-list/9999")).StatusCode);
        }
        finally
        {
            await Json(await admin.Put("/api/pricing/price-list", new { priceList = original, comment = "back to the earlier prices" }), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Processing_attaches_a_work_sheet_and_a_price_sheet_per_revision_each_seen_only_by_its_roles()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var qa = await LogIn("qa");
        var number = await SubmitAndWaitForReview(manager, OrderForms.Complete("Paperwork GmbH"));

        var documents = (await accountant.GetJson($"/api/orders/{number}"))["documents"]!.AsArray();
        Assert.Equal([$"{number}-price-sheet-r1", $"{number}-work-sheet-r1"], documents.Select(Id).Order());
        var priceSheet = await accountant.Get($"/api/orders/{number}/documents/{number}-price-sheet-r1/content");
        Assert.Equal(HttpStatusCode.OK, priceSheet.StatusCode);
        Assert.Equal("application/pdf", priceSheet.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await priceSheet.Content.ReadAsByteArrayAsync())[..5]);

        // QA sees the work sheet, never the price sheet: not listed, and not found when asked for.
        var seenByQa = (await qa.GetJson($"/api/orders/{number}"))["documents"]!.AsArray();
        Assert.Equal([$"{number}-work-sheet-r1"], seenByQa.Select(Id));
        Assert.Equal(HttpStatusCode.NotFound, (await qa.Get($"/api/orders/{number}/documents/{number}-price-sheet-r1/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qa.Get($"/api/orders/{number}/documents/{number}-work-sheet-r1/content")).StatusCode);

        // Rejected, adjusted, resubmitted: a second revision of both, the first kept.
        await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Quantity too low for the event" } }), HttpStatusCode.OK);
        var etag = (await manager.Get($"/api/orders/{number}")).Headers.ETag!.Tag;
        await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete("Paperwork GmbH", quantity: 8000), ("If-Match", etag)), HttpStatusCode.OK);
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitForRevisionInReview(manager, number, 2);

        var revised = (await manager.GetJson($"/api/orders/{number}"))["documents"]!.AsArray();
        Assert.Equal(4, revised.Count);
        var first = revised.Single(document => Id(document) == $"{number}-price-sheet-r1")!;
        var second = revised.Single(document => Id(document) == $"{number}-price-sheet-r2")!;
        Assert.Equal(2, second["revision"]!.GetValue<int>());
        Assert.NotEqual(first["content"]!["sha256"]!.GetValue<string>(), second["content"]!["sha256"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await manager.Get($"/api/orders/{number}/documents/{number}-price-sheet-r1/content")).StatusCode);
        Assert.Equal(8000, (await accountant.GetJson($"/api/orders/{number}"))["pricing"]!["estimate"]!["quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_submission_the_price_list_cannot_price_is_refused_with_the_field_named()
    {
        var manager = await LogIn("manager");
        var form = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(OrderForms.Complete("Vellum Ltd")))!.AsObject();
        form["specification"]!["paperStock"] = "vellum";
        var number = (await Json(await manager.Post("/api/orders", form), HttpStatusCode.Created))["number"]!.GetValue<string>();

        var refused = await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.BadRequest);

        Assert.Contains("vellum", refused["errors"]!["specification.paperStock"]![0]!.GetValue<string>());
        Assert.Equal("Draft", (await manager.GetJson($"/api/orders/{number}"))["stage"]!.GetValue<string>());
    }

    private static string Id(JsonNode? document) => document!["documentId"]!.GetValue<string>();

    private static decimal Line(JsonObject estimate, string item) =>
        estimate["lines"]!.AsArray().Single(line => line!["item"]!.GetValue<string>() == item)!["amount"]!.GetValue<decimal>();

    private static async Task<string> SubmitAndWaitForReview(DexFlowHttpClient manager, object form)
    {
        var number = (await Json(await manager.Post("/api/orders", form), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitForRevisionInReview(manager, number, 1);
        return number;
    }

    private static Task<JsonObject> WaitForRevisionInReview(DexFlowHttpClient client, string number, int revision) =>
        Eventually.Get(() => client.GetJson($"/api/orders/{number}"),
            order => order["stage"]!.GetValue<string>() == "InReview" && order["revision"]!.GetValue<int>() == revision,
            $"revision {revision} of order {number} to reach review");

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
