using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// What happens to orders and parcels reaches the people who may see it live, over server-sent events, and a client
/// that was away gets what it missed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EventStreamTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_qa_rejection_reaches_the_orders_manager_and_the_administrators_live_and_no_other_manager()
    {
        var manager = await LogIn("manager");
        var otherManager = await LogIn("manager2");
        await using var managers = await EventStreamClient.Connect(manager);
        await using var admins = await EventStreamClient.Connect(await LogIn("admin"));
        await using var others = await EventStreamClient.Connect(otherManager);

        var number = await Create(manager, "Events AG");
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", "review");
        await Json(await (await LogIn("accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await (await LogIn("qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Bleed missing" } }),
            HttpStatusCode.OK);

        var rejection = await managers.WaitFor((type, data) => type == "Order.RejectQa" && Subject(data) == number, "the manager to hear of the rejection");
        Assert.Equal(("Order", "AdjustmentsRequired", "qa"),
            (rejection.Data["subjectKind"]!.GetValue<string>(), rejection.Data["stage"]!.GetValue<string>(), rejection.Data["actorId"]!.GetValue<string>()));
        Assert.Equal(rejection.Id, rejection.Data["position"]!.GetValue<string>());
        var seenByAdmins = await admins.WaitFor((type, data) => type == "Order.RejectQa" && Subject(data) == number, "the administrators to hear of it");
        Assert.Equal(rejection.Data["id"]!.GetValue<long>(), seenByAdmins.Data["id"]!.GetValue<long>());
        // The manager heard the whole story of their order, in the order it happened.
        Assert.Equal(["Order.Create", "Order.Submit"], managers.Received.Where(item => Subject(item.Data) == number).Select(item => item.Type).Take(2));

        // The other manager's own order comes after the rejection in the log: by the time they hear of it, their feed
        // has passed the rejection without showing it.
        var theirs = await Create(otherManager, "Other Events GmbH");
        await others.WaitFor((type, data) => type == "Order.Create" && Subject(data) == theirs, "the other manager to hear of their own order");
        Assert.DoesNotContain(others.Received, item => Subject(item.Data) == number);
    }

    [Fact]
    public async Task A_client_that_comes_back_with_the_last_event_id_gets_what_happened_meanwhile_in_order_and_nothing_twice()
    {
        var manager = await LogIn("manager");
        string lastSeen;
        string first;
        await using (var stream = await EventStreamClient.Connect(manager))
        {
            first = await Create(manager, "Resume KG");
            lastSeen = (await stream.WaitFor((type, data) => type == "Order.Create" && Subject(data) == first, "the first order")).Id;
        }

        var second = await Create(manager, "Resume KG");
        var third = await Create(manager, "Resume KG");
        await using var resumed = await EventStreamClient.Connect(manager, lastSeen);
        await resumed.WaitFor((type, data) => type == "Order.Create" && Subject(data) == third, "the third order");

        var mine = resumed.Received.Select(item => Subject(item.Data)).Where(subject => subject == first || subject == second || subject == third).ToArray();
        Assert.Equal([second, third], mine);
    }

    [Fact]
    public async Task A_parcel_waiting_for_a_clerk_reaches_the_clerks_and_not_the_operators()
    {
        var admin = await LogIn("admin");
        await using var clerks = await EventStreamClient.Connect(await LogIn("clerk"));
        await using var operators = await EventStreamClient.Connect(await LogIn("operator"));

        var location = (await admin.Upload("/api/parcels", [("letter.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        var parcel = (await admin.GetJson(location))["id"]!.GetValue<string>();

        var waiting = await clerks.WaitFor((type, data) => type == "Parcel.Route" && Subject(data) == parcel, "the clerks to hear of the waiting parcel");
        Assert.Equal("ManualIndexing", waiting.Data["stage"]!.GetValue<string>());
        Assert.DoesNotContain(operators.Received, item => item.Data["subjectKind"]!.GetValue<string>() == "Parcel");
    }

    [Fact]
    public async Task A_parcel_waiting_for_a_clerk_too_long_is_announced_to_the_clerks_once()
    {
        var admin = await LogIn("admin");
        await using var clerks = await EventStreamClient.Connect(await LogIn("clerk"));

        var location = (await admin.Upload("/api/parcels", [("unreadable.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        var parcel = (await admin.GetJson(location))["id"]!.GetValue<string>();

        var announced = await clerks.WaitFor((type, data) => type == "Parcel.WaitTooLong" && Subject(data) == parcel, "the clerks to hear it waits too long");
        Assert.Equal(("ManualIndexing", "dexflow"), (announced.Data["stage"]!.GetValue<string>(), announced.Data["actorId"]!.GetValue<string>()));
        Assert.Contains("Waiting for a clerk since", announced.Data["summary"]!.GetValue<string>());
        // The watch looks every half second: a wait is announced once, however often it is seen.
        await Task.Delay(ClusterFixture.ClerkWaitAlertAfter);
        var fresh = await Create(await LogIn("manager"), "After The Wait GmbH");
        await using var admins = await EventStreamClient.Connect(admin, announced.Id);
        await admins.WaitFor((type, data) => type == "Order.Create" && Subject(data) == fresh, "an order created after the wait was announced");
        Assert.DoesNotContain(admins.Received, item => item.Type == "Parcel.WaitTooLong" && Subject(item.Data) == parcel);
    }

    [Fact]
    public async Task A_last_event_id_dexflow_never_gave_is_refused_with_a_problem()
    {
        var response = await (await LogIn("manager")).Get("/api/events", ("Last-Event-ID", "yesterday"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("after", (await response.Content.ReadAsStringAsync()));
    }

    private static string Subject(JsonObject data) => data["subject"]!.GetValue<string>();

    private static async Task<string> Create(DexFlowHttpClient manager, string customer) =>
        (await Json(await manager.Post("/api/orders", OrderForms.Complete(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
