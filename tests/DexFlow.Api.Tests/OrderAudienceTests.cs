using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.OrderSteps;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Who reads what of an order over REST: customers, review rounds and the history, each by its audience.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderAudienceTests(ApiFixture fixture)
{
    private static readonly string[] PartyKeys = ["\"customerName\"", "\"managerName\"", "\"managerId\""];

    [Fact]
    public async Task Planners_and_operators_never_get_the_customer_or_the_manager_in_views_lists_inboxes_or_bookings()
    {
        var planner = await LogIn("planner");
        var @operator = await LogIn("operator");
        var accountant = await LogIn("accountant");
        var (number, _) = await ApprovedWithPrepayment(fixture.Api.Address, "Discreet Kunde");
        var customer = (await accountant.GetJson($"/api/orders/{number}"))["customerName"]!.GetValue<string>();
        await ShopFloor.PayPrepayments(accountant, number);

        var plannerReads = new[]
        {
            await planner.Http.GetStringAsync($"/api/orders/{number}"),
            await planner.Http.GetStringAsync($"/api/orders?stage=Approved&pageSize=200"),
            await planner.Http.GetStringAsync("/api/inbox?pageSize=200"),
        };
        var scheduled = await ShopFloor.ScheduleAsProposed(planner, number);
        var press = scheduled["schedule"]!["processes"]!.AsArray().First(process => process!["processId"]!.GetValue<string>() == "run")!;
        var window = $"from={Uri.EscapeDataString(press["start"]!.GetValue<DateTimeOffset>().ToString("O"))}";
        var operatorReads = new[]
        {
            await @operator.Http.GetStringAsync($"/api/orders/{number}"),
            await @operator.Http.GetStringAsync("/api/orders?pageSize=200"),
            await @operator.Http.GetStringAsync("/api/inbox?pageSize=200"),
            await @operator.Http.GetStringAsync($"/api/resources/{press["resourceId"]!.GetValue<string>()}/bookings?{window}"),
            await @operator.Http.GetStringAsync($"/api/orders/{number}/history"),
        };

        Assert.Contains(number, plannerReads[1]);
        Assert.Contains(number, operatorReads[2]);
        Assert.Contains(number, operatorReads[3]);
        foreach (var json in plannerReads.Concat(operatorReads))
        {
            Assert.DoesNotContain(customer, json);
            Assert.DoesNotContain("Mia Manager", json);
            Assert.All(PartyKeys, key => Assert.DoesNotContain(key, json));
        }

        // Nor can they find orders by the customer's name; what they may see still finds it.
        Assert.Equal(0, (await planner.GetJson($"/api/orders?customer={Uri.EscapeDataString(customer)}"))["total"]!.GetValue<long>());
        Assert.Equal(0, (await planner.GetJson($"/api/orders?text={Uri.EscapeDataString(customer)}"))["total"]!.GetValue<long>());
        Assert.Equal(1, (await accountant.GetJson($"/api/orders?customer={Uri.EscapeDataString(customer)}"))["total"]!.GetValue<long>());
        Assert.Contains(number, await planner.Http.GetStringAsync($"/api/orders?text={number}"));
        Assert.Contains(customer, await accountant.Http.GetStringAsync($"/api/orders?text={number}"));
    }

    [Fact]
    public async Task After_a_resubmission_reviewers_still_read_every_rounds_decisions_and_qa_reads_the_history_of_its_part()
    {
        var accountant = await LogIn("accountant");
        var qa = await LogIn("qa");
        var manager = await LogIn("manager");
        var number = await InReview(fixture.Api.Address, "Rounds AG");
        await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve", reasons = new[] { "Margin fine" } }), HttpStatusCode.OK);
        await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Bleed missing", "Wrong paper" } }), HttpStatusCode.OK);
        var etag = (await manager.Get($"/api/orders/{number}")).Headers.ETag!.Tag;
        await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete("Rounds AG", quantity: 6000), ("If-Match", etag)), HttpStatusCode.OK);
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitFor(manager, number, order => order["stage"]!.GetValue<string>() == "InReview" && order["revision"]!.GetValue<int>() == 2, "review of revision 2");

        var rounds = (await qa.GetJson($"/api/orders/{number}"))["review"]!["rounds"]!.AsArray();
        Assert.Equal([1, 2], rounds.Select(round => round!["revision"]!.GetValue<int>()));
        Assert.Equal(("Approved", "Alex Accountant", "Margin fine"), (rounds[0]!["accounting"]!["outcome"]!.GetValue<string>(),
            rounds[0]!["accounting"]!["reviewerName"]!.GetValue<string>(), rounds[0]!["accounting"]!["reasons"]![0]!.GetValue<string>()));
        Assert.Equal(["Bleed missing", "Wrong paper"], rounds[0]!["qa"]!["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
        Assert.NotNull(rounds[0]!["qa"]!["decidedAt"]);
        Assert.Equal("Pending", rounds[1]!["qa"]!["outcome"]!.GetValue<string>());

        var history = await qa.Get($"/api/orders/{number}/history");
        var entries = JsonNode.Parse(await history.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Equal(["ApproveAccounting", "RejectQa"], entries.Select(entry => entry!["action"]!.GetValue<string>()));
        Assert.Equal("Bleed missing; Wrong paper", entries[1]!["details"]!.GetValue<string>());
        var full = JsonNode.Parse(await manager.Http.GetStringAsync($"/api/orders/{number}/history"))!.AsArray();
        Assert.Contains(full, entry => entry!["action"]!.GetValue<string>() == "FinishProcessing");
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
