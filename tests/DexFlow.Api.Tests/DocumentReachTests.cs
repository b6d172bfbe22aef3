using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// Where routing puts a document decides who may open it; an upload reaches only as far as its uploader may see, and a
/// scanner station is one that document services configured.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentReachTests(ApiFixture fixture)
{
    [Fact]
    public async Task Whoever_a_document_is_routed_to_opens_it_its_content_and_its_pages_and_nobody_else_does()
    {
        var admin = await LogIn("admin");
        var clerk = await LogIn("clerk");
        var accountant = await LogIn("accountant");
        var planner = await LogIn("planner");
        var invoice = await WaitForStage(admin, (await admin.Upload("/api/parcels", [("invoice.pdf", Sample("s017-supplier-invoice.pdf"))])).Headers.Location!.OriginalString, "Routed");
        var purchaseOrder = await WaitForStage(admin, (await admin.Upload("/api/parcels", [("po.pdf", Sample("s003-po-p3.pdf"))])).Headers.Location!.OriginalString, "Routed");
        var letter = await WaitForStage(admin, (await admin.Upload("/api/parcels", [("letter.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString, "ManualIndexing");
        var placed = await Json(await clerk.Post($"/api/parcels/{letter["id"]}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = "2026-999997" } } },
        }), HttpStatusCode.OK);

        // The supplier invoice sits in the accountants' inbox: they open it, its bytes and its page; a planner does not.
        var invoiceId = invoice["documents"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(("Inbox", "Accountant"), (invoice["documents"]![0]!["route"]!["kind"]!.GetValue<string>(), invoice["documents"]![0]!["route"]!["role"]!.GetValue<string>()));
        foreach (var path in new[] { $"/api/documents/{invoiceId}", $"/api/documents/{invoiceId}/content", $"/api/documents/{invoiceId}/pages/1/image" })
        {
            Assert.Equal((path, HttpStatusCode.OK), (path, (await accountant.Get(path)).StatusCode));
            Assert.Equal((path, HttpStatusCode.NotFound), (path, (await planner.Get(path)).StatusCode));
        }

        // The purchase order is inside a new draft: its manager opens it by its own id, the other manager does not.
        var draft = purchaseOrder["documents"]![0]!["route"]!;
        Assert.Equal("NewOrderDraft", draft["kind"]!.GetValue<string>());
        var managerId = (await admin.GetJson($"/api/orders/{draft["orderNumber"]}"))["managerId"]!.GetValue<string>();
        var owner = await LogIn(managerId);
        var other = await LogIn(managerId == "manager" ? "manager2" : "manager");
        var poId = purchaseOrder["documents"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await owner.Get($"/api/documents/{poId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Get($"/api/documents/{poId}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/api/documents/{poId}")).StatusCode);

        // After routing, the letter waits in the exception queue: clerks still open it; an accountant does not.
        var letterId = placed["documents"]![0]!["id"]!.GetValue<string>();
        await WaitForStage(admin, $"/api/parcels/{letter["id"]}", "Routed");
        Assert.Equal(HttpStatusCode.OK, (await clerk.Get($"/api/documents/{letterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.Get($"/api/documents/{letterId}/pages/1/image")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.Get($"/api/documents/{letterId}")).StatusCode);
    }

    [Fact]
    public async Task An_upload_by_a_manager_reaches_only_their_own_orders_never_tells_whether_another_order_exists_and_a_clerk_places_the_rest()
    {
        var manager = await LogIn("manager");
        var intruder = await LogIn("manager2");
        var clerk = await LogIn("clerk");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Reach GmbH")), HttpStatusCode.Created))["number"]!.GetValue<string>();
        const string Missing = "2026-999998";

        var intoOthers = await Route(intruder, Email($"Artwork for order {number}"));
        var intoNothing = await Route(intruder, Email($"Artwork for order {Missing}"));
        var intoOwn = await Route(manager, Email($"Artwork for order {number}"));
        var purchaseOrder = await Route(intruder, Sample("s003-po-p3.pdf"), "po.pdf");
        var unreadable = await WaitForStage(intruder, (await intruder.Upload("/api/parcels", [("blank.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString, "ManualIndexing");
        await Json(await clerk.Post($"/api/parcels/{unreadable["id"]}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = number } } },
        }), HttpStatusCode.OK);
        var placedByClerk = (await WaitForStage(intruder, $"/api/parcels/{unreadable["id"]}", "Routed"))["documents"]![0]!["route"]!;

        Assert.Equal(("Exception", null), (intoOthers["kind"]!.GetValue<string>(), intoOthers["orderNumber"]?.GetValue<string>()));
        Assert.Equal(intoNothing["reason"]!.GetValue<string>().Replace(Missing, "N"), intoOthers["reason"]!.GetValue<string>().Replace(number, "N"));
        Assert.Equal(("AttachToOrder", number), (intoOwn["kind"]!.GetValue<string>(), intoOwn["orderNumber"]!.GetValue<string>()));
        Assert.Equal("Exception", purchaseOrder["kind"]!.GetValue<string>());
        Assert.Equal(("AttachToOrder", number), (placedByClerk["kind"]!.GetValue<string>(), placedByClerk["orderNumber"]!.GetValue<string>()));
        var attached = (await manager.GetJson($"/api/orders/{number}"))["documents"]!.AsArray();
        Assert.Equal(2, attached.Count(document => document!["source"]!.GetValue<string>().StartsWith("p-", StringComparison.Ordinal)));
        var exceptions = JsonNode.Parse(await clerk.Http.GetStringAsync("/api/inbox?filter=Exception&pageSize=200"))!["items"]!.AsArray();
        Assert.Contains(exceptions, item => item!["task"]!.GetValue<string>().Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_station_id_names_a_configured_scanner_station_and_an_unknown_one_is_refused()
    {
        var admin = await LogIn("admin");
        var clerk = await LogIn("clerk");
        await Json(await admin.Put("/api/capture-points/scan-desk-1", new { kind = "ScannerStation", enabled = true, channel = "Scanner", pollEvery = "00:01:00" }), HttpStatusCode.OK);

        var unknown = await clerk.Upload("/api/parcels", [("scan.png", TestImages.BlankPng(200, 200))], new Dictionary<string, string> { ["stationId"] = "scanner:free text" });
        var known = await Json(await clerk.Upload("/api/parcels", [("scan.png", TestImages.BlankPng(200, 200))], new Dictionary<string, string> { ["stationId"] = "scan-desk-1" }), HttpStatusCode.Accepted);

        var problem = await Json(unknown, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("stationId"), problem.ToJsonString());
        Assert.Equal(("scan-desk-1", "Scanner"), (known["capturePointId"]!.GetValue<string>(), known["channel"]!.GetValue<string>()));
    }

    /// <summary>Uploads a file as <paramref name="client"/> and returns the route of its one document.</summary>
    private static async Task<JsonNode> Route(DexFlowHttpClient client, byte[] file, string name = "mail.eml")
    {
        var location = (await client.Upload("/api/parcels", [(name, file)])).Headers.Location!.OriginalString;
        var parcel = await WaitForStage(client, location, "Routed");
        return parcel["documents"]![0]!["route"]!;
    }

    private static byte[] Email(string subject) => Encoding.UTF8.GetBytes($"""
        From: Someone <someone@customer.example>
        To: orders@shop.example
        Subject: {subject}
        Message-ID: <{Guid.NewGuid():N}@customer.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"

        Hello, here are the notes for the artwork of this order. Kind regards.

        """.ReplaceLineEndings("\r\n"));

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
