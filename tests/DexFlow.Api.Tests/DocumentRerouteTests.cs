using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Clerks place documents from the exception queue by hand: on an order, in an inbox, or as a new draft.</summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentRerouteTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_clerk_places_exceptions_on_an_order_in_an_inbox_or_as_a_draft_and_they_leave_the_exception_queue()
    {
        var clerk = await LogIn("clerk");
        var admin = await LogIn("admin");
        var toOrder = await ExceptionQueue.Document(fixture.Api.Address);
        var toInbox = await ExceptionQueue.Document(fixture.Api.Address);
        var toDraft = await ExceptionQueue.Document(fixture.Api.Address);
        var order = SampleOrders.Numbers[0];

        var missing = await clerk.Post($"/api/documents/{toOrder}/route", new { orderNumber = "2026-999995" });
        var twoPlaces = await clerk.Post($"/api/documents/{toOrder}/route", new { orderNumber = order, role = "Accountant" });
        var byPlanner = await (await LogIn("planner")).Post($"/api/documents/{toOrder}/route", new { orderNumber = order });
        var onOrder = await Json(await clerk.Post($"/api/documents/{toOrder}/route", new { orderNumber = order, note = "the customer's letter" }), HttpStatusCode.OK);
        var inInbox = await Json(await clerk.Post($"/api/documents/{toInbox}/route", new { role = "Accountant" }), HttpStatusCode.OK);
        var asDraft = await Json(await clerk.Post($"/api/documents/{toDraft}/route", new { newDraft = true }), HttpStatusCode.OK);

        Assert.True((await Json(missing, HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("orderNumber"));
        Assert.True((await Json(twoPlaces, HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("route"));
        Assert.Equal(HttpStatusCode.NotFound, byPlanner.StatusCode);
        Assert.Equal(("AttachToOrder", order), (Route(onOrder)["kind"]!.GetValue<string>(), Route(onOrder)["orderNumber"]!.GetValue<string>()));
        Assert.Contains((await admin.GetJson($"/api/orders/{order}"))["documents"]!.AsArray(), document => document!["documentId"]!.GetValue<string>() == toOrder);
        Assert.Equal(("Inbox", "Accountant"), (Route(inInbox)["kind"]!.GetValue<string>(), Route(inInbox)["role"]!.GetValue<string>()));
        Assert.Contains(await Items(await LogIn("accountant"), "Document"), item => item == toInbox);
        Assert.Equal("NewOrderDraft", Route(asDraft)["kind"]!.GetValue<string>());
        Assert.Equal("Draft", (await admin.GetJson($"/api/orders/{Route(asDraft)["orderNumber"]}"))["stage"]!.GetValue<string>());
        var exceptions = await Items(clerk, "Exception");
        Assert.DoesNotContain(toOrder, exceptions);
        Assert.DoesNotContain(toInbox, exceptions);
        Assert.DoesNotContain(toDraft, exceptions);
        Assert.Contains(onOrder["history"]!.AsArray(), entry => entry!["action"]!.GetValue<string>() == "Reroute" && entry["actorId"]!.GetValue<string>() == "clerk");
    }

    private static JsonNode Route(JsonObject parcel) => parcel["documents"]![0]!["route"]!;

    private static async Task<string[]> Items(DexFlowHttpClient client, string filter) =>
        [.. (await client.GetJson($"/api/inbox?filter={filter}&pageSize=200"))["items"]!.AsArray().Select(item => item!["reference"]!.GetValue<string>())];

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
