using System.Net;
using DexFlow.Grains.Quality;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The QA checklist: administrators publish it in versions, QA answers it on every review.</summary>
[Collection(ApiCollection.Name)]
public sealed class QaChecklistTests(ApiFixture fixture)
{
    [Fact]
    public async Task Qa_approves_only_with_every_mandatory_item_passed_and_a_rejection_names_the_failed_items()
    {
        var admin = await LogIn("admin");
        var qa = await LogIn("qa");
        var manager = await LogIn("manager");
        var before = await admin.GetJson("/api/qa/checklist");
        var published = await Json(await admin.Put("/api/qa/checklist", new
        {
            checklist = new
            {
                items = new object[]
                {
                    new { id = "bleed", text = "Bleed of at least 3 mm", mandatory = true, productTypes = Array.Empty<string>() },
                    new { id = "imposition", text = "Imposition checked", mandatory = true, productTypes = new[] { "Brochure" } },
                },
            },
            comment = "bleed is a must",
        }), HttpStatusCode.OK);
        await Task.Delay(QaChecklists.RefreshInterval); // the silo that did not publish switches within this
        try
        {
            var number = await OrderSteps.InReview(fixture.Api.Address, "Checklist GmbH");
            var unanswered = await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.BadRequest);
            var rejected = await Json(await qa.Post($"/api/orders/{number}/qa-review", new
            {
                decision = "Reject", checklist = new[] { new { itemId = "bleed", passed = false, note = "1 mm on the back" } },
            }), HttpStatusCode.OK);
            var etag = (await manager.Get($"/api/orders/{number}")).Headers.ETag!.Tag;
            await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete("Checklist GmbH", quantity: 4000), ("If-Match", etag)), HttpStatusCode.OK);
            await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
            await OrderSteps.WaitFor(manager, number, order => order["stage"]!.GetValue<string>() == "InReview", "review again");
            var approved = await Json(await qa.Post($"/api/orders/{number}/qa-review", new
            {
                decision = "Approve", checklist = new[] { new { itemId = "bleed", passed = true, note = (string?)null } },
            }), HttpStatusCode.OK);

            Assert.Contains("bleed", unanswered["errors"]!["checklist"]![0]!.GetValue<string>());
            Assert.Equal("AdjustmentsRequired", rejected["stage"]!.GetValue<string>());
            var review = rejected["review"]!["qa"]!;
            Assert.Equal(["Failed: Bleed of at least 3 mm (1 mm on the back)"], review["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
            Assert.Equal(("bleed", false, published["version"]!.GetValue<int>()),
                (review["checklist"]![0]!["itemId"]!.GetValue<string>(), review["checklist"]![0]!["passed"]!.GetValue<bool>(), review["checklistVersion"]!.GetValue<int>()));
            Assert.Equal("InReview", approved["stage"]!.GetValue<string>());
            Assert.Equal("Approved", approved["review"]!["qa"]!["outcome"]!.GetValue<string>());
        }
        finally
        {
            await Json(await admin.Put("/api/qa/checklist", new { checklist = before["checklist"], comment = "back to the checklist before the test" }), HttpStatusCode.OK);
            await Task.Delay(QaChecklists.RefreshInterval); // so that no later test meets this test's checklist on the other silo
        }
    }

    [Fact]
    public async Task The_checklist_is_published_by_administrators_read_by_those_who_review_and_refused_when_malformed()
    {
        var admin = await LogIn("admin");
        var current = await (await LogIn("qa")).GetJson("/api/qa/checklist");

        var byManager = await (await LogIn("manager")).Get("/api/qa/checklist");
        var byClerk = await (await LogIn("clerk")).Get("/api/qa/checklist");
        var byQa = await (await LogIn("qa")).Put("/api/qa/checklist", new { checklist = current["checklist"], comment = "mine" });
        var malformed = await Json(await admin.Put("/api/qa/checklist", new
        {
            checklist = new { items = new[] { new { id = "Bad Id", text = "", mandatory = true, productTypes = Array.Empty<string>() } } },
            comment = "broken",
        }), HttpStatusCode.BadRequest);
        var history = (await admin.Http.GetStringAsync("/api/qa/checklist/history"));

        Assert.NotEmpty(current["checklist"]!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byQa.StatusCode);
        Assert.Equal(["items[0].id", "items[0].text"], malformed["errors"]!.AsObject().Select(field => field.Key).Order());
        Assert.Contains("DexFlow's demo checklist", history);
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
