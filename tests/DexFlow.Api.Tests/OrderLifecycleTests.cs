using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class OrderLifecycleTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_order_goes_from_draft_to_archive_through_every_stage_by_the_right_people()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var qa = await LogIn("qa");
        var planner = await LogIn("planner");
        var @operator = await LogIn("operator");
        var admin = await LogIn("admin");
        var auditor = await LogIn("auditor");

        var created = await manager.Post("/api/orders", OrderForms.Complete("Lifecycle AG"));
        var draft = await Json(created, HttpStatusCode.Created);
        var number = draft["number"]!.GetValue<string>();
        Assert.Equal($"/api/orders/{number}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);

        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitForStage(manager, number, "InReview");

        // QA rejects; the order goes back to its manager with the reasons, and accounting's review starts over.
        Assert.Equal(HttpStatusCode.Forbidden, (await accountant.Post($"/api/orders/{number}/qa-review", new { decision = "Approve" })).StatusCode);
        await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var rejected = await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Bleed missing on the back" } }), HttpStatusCode.OK);
        Assert.Equal("AdjustmentsRequired", rejected["stage"]!.GetValue<string>());
        var returned = await manager.GetJson($"/api/orders/{number}");
        Assert.Equal("Bleed missing on the back", returned["review"]!["qa"]!["reasons"]![0]!.GetValue<string>());
        Assert.Equal("Pending", returned["review"]!["accounting"]!["outcome"]!.GetValue<string>());
        var inbox = await manager.Http.GetStringAsync("/api/inbox");
        Assert.Contains(number, inbox);

        // The manager adjusts and resubmits: a new revision, reviewed by both again.
        var etag = (await manager.Get($"/api/orders/{number}")).Headers.ETag!.Tag;
        await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete("Lifecycle AG", quantity: 6000), ("If-Match", etag)), HttpStatusCode.OK);
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        var second = await WaitForStage(manager, number, "InReview");
        Assert.Equal(2, second["revision"]!.GetValue<int>());
        await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var approved = await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve", reasons = new[] { "Margin fine" } }), HttpStatusCode.OK);
        Assert.Equal("Approved", approved["stage"]!.GetValue<string>());

        // Prepayment (a new customer), planning, production, final invoice, archive.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Put($"/api/orders/{number}/schedule", new { slots = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await @operator.Get($"/api/orders/{number}")).StatusCode);
        await ShopFloor.PayPrepayments(accountant, number);
        var scheduled = await ShopFloor.ScheduleAsProposed(planner, number);
        Assert.Equal("Scheduled", scheduled["stage"]!.GetValue<string>());
        Assert.False(scheduled["schedule"]!["missesDueDate"]!.GetValue<bool>());
        var completed = await ShopFloor.RunEveryProcess(@operator, number);
        Assert.Equal("Completed", completed["stage"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.Post($"/api/orders/{number}/archive")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await @operator.Get($"/api/orders/{number}")).StatusCode);
        await ShopFloor.Pay(accountant, number, "Final");
        var archived = await Json(await admin.Post($"/api/orders/{number}/archive"), HttpStatusCode.OK);
        Assert.Equal("Archived", archived["stage"]!.GetValue<string>());

        var history = JsonNode.Parse(await auditor.Http.GetStringAsync($"/api/orders/{number}/history"))!.AsArray();
        var processes = scheduled["schedule"]!["processes"]!.AsArray().Count;
        Assert.Equal(
            [
                "Create", "Submit", "StartProcessing", "FinishProcessing", "ApproveAccounting", "RejectQa", "Edit", "Submit", "StartProcessing",
                "FinishProcessing", "ApproveQa", "ApproveAccounting", "IssueInvoice", "RecordPayment", "Schedule",
                .. Enumerable.Repeat(new[] { "StartProcess", "FinishProcess" }, processes).SelectMany(pair => pair), "IssueInvoice", "RecordPayment", "Archive",
            ],
            history.Select(entry => entry!["action"]!.GetValue<string>()));
        Assert.Equal("qa", history[5]!["actorId"]!.GetValue<string>());
        Assert.Equal(("InReview", "AdjustmentsRequired"), (history[5]!["from"]!.GetValue<string>(), history[5]!["to"]!.GetValue<string>()));
        Assert.Equal(("InProduction", "Completed"), (history[^4]!["from"]!.GetValue<string>(), history[^4]!["to"]!.GetValue<string>()));

        var archive = await admin.GetJson($"/api/orders?archived=true&text={number}");
        Assert.Equal(number, archive["items"]![0]!["number"]!.GetValue<string>());
        var illegal = await Json(await manager.Post($"/api/orders/{number}/cancel", new { reason = "too late" }), HttpStatusCode.Conflict);
        Assert.Equal("urn:dexflow:problem:illegal-transition", illegal["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_role_sees_only_its_part_of_an_order()
    {
        var manager = await LogIn("manager");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Visibility GmbH")), HttpStatusCode.Created))["number"]!.GetValue<string>();
        var planner = await LogIn("planner");
        var otherManager = await LogIn("manager2");
        var clerk = await LogIn("clerk");

        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Get($"/api/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.Get($"/api/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Post($"/api/orders/{number}/submit")).StatusCode);

        await Approve(manager, number);
        var plannerJson = await planner.Http.GetStringAsync($"/api/orders/{number}");
        var managerJson = await manager.Http.GetStringAsync($"/api/orders/{number}");

        Assert.Contains("\"pricing\"", managerJson);
        Assert.Contains("DE123456789", managerJson);
        Assert.DoesNotContain("\"pricing\"", plannerJson);
        Assert.DoesNotContain("DE123456789", plannerJson);
        Assert.DoesNotContain("\"customer\":", plannerJson);
        Assert.DoesNotContain("\"review\"", plannerJson);
        Assert.Contains("\"specification\"", plannerJson);
        Assert.DoesNotContain("Visibility GmbH", plannerJson);
        var plannersList = await planner.Http.GetStringAsync($"/api/orders?text={number}");
        Assert.Contains(number, plannersList);
        var othersList = await otherManager.GetJson("/api/orders?customer=Visibility");
        Assert.Equal(0, othersList["total"]!.GetValue<long>());

        // The history is the planner's part of it: no review, no prices, not the manager's own steps.
        var history = JsonNode.Parse(await planner.Http.GetStringAsync($"/api/orders/{number}/history"))!.AsArray();
        Assert.Empty(history);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Get($"/api/orders/{number}/history")).StatusCode);
    }

    [Fact]
    public async Task A_template_is_merged_field_by_field_with_the_fields_the_new_order_gives()
    {
        var manager = await LogIn("manager");
        var earlier = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Merge Kunde KG", quantity: 2500)), HttpStatusCode.Created))["number"]!.GetValue<string>();

        var copy = await Json(await manager.Post("/api/orders", new
        {
            templateOrder = earlier,
            customer = new { contactName = "Neue Kontaktperson" },
            specification = new { quantity = 1000, finishing = new[] { "folding" } },
        }), HttpStatusCode.Created);

        var specification = copy["specification"]!;
        Assert.Equal((1000, "Spring flyer", "gloss-135", "Flyer", 148), (specification["quantity"]!.GetValue<int>(), specification["title"]!.GetValue<string>(),
            specification["paperStock"]!.GetValue<string>(), specification["product"]!.GetValue<string>(), specification["finishedWidthMm"]!.GetValue<int>()));
        Assert.Equal(["folding"], specification["finishing"]!.AsArray().Select(operation => operation!.GetValue<string>()));
        var customer = copy["customer"]!;
        Assert.Equal(("Merge Kunde KG", "DE123456789", "Neue Kontaktperson"),
            (customer["name"]!.GetValue<string>(), customer["vatId"]!.GetValue<string>(), customer["contactName"]!.GetValue<string>()));
        var kept = await Json(await manager.Post("/api/orders", new { templateOrder = earlier, specification = new { notes = "Rush" } }), HttpStatusCode.Created);
        Assert.Equal(["cutting"], kept["specification"]!["finishing"]!.AsArray().Select(operation => operation!.GetValue<string>()));
        var openApi = await manager.Http.GetStringAsync("/swagger/v1/swagger.json");
        Assert.Contains("merged field by field", openApi);
    }

    [Fact]
    public async Task A_manager_starts_a_new_order_from_an_earlier_one()
    {
        var manager = await LogIn("manager");
        var earlier = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Repeat Customer KG", quantity: 2500)), HttpStatusCode.Created))["number"]!.GetValue<string>();

        var copy = await Json(await manager.Post("/api/orders", new { templateOrder = earlier }), HttpStatusCode.Created);

        Assert.NotEqual(earlier, copy["number"]!.GetValue<string>());
        Assert.Equal(("Repeat Customer KG", 2500, "Draft"),
            (copy["customerName"]!.GetValue<string>(), copy["quantity"]!.GetValue<int>(), copy["stage"]!.GetValue<string>()));
    }

    private async Task Approve(DexFlowHttpClient manager, string number)
    {
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitForStage(manager, number, "InReview");
        await Json(await (await LogIn("accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await (await LogIn("qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
    }

    private static Task<JsonObject> WaitForStage(DexFlowHttpClient client, string number, string stage) =>
        Eventually.Get(() => client.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == stage,
            $"order {number} to reach {stage}");

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
