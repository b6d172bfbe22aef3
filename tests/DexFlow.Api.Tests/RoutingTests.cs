using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Grains.Routing;
using DexFlow.Testing;
using Xunit.Abstractions;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Routing rules as administrators use them: the samples route as their truth says; rules are tried, published and traced.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoutingTests(ApiFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Every file of a development set uploaded over REST, each document's route compared with its truth's, counted per
    /// kind of file. A document sent to a wrong order is the one mistake that must never happen; a document the truth
    /// marks for manual indexing must reach a clerk, and most others must need none.
    /// </summary>
    [Theory]
    [InlineData("samples", "s*.truth.json", 1.0)]
    [InlineData("samples-hard", "h*.truth.json", 0.97)]
    public async Task The_development_sets_route_as_their_truth_says_and_never_to_a_wrong_order(string set, string pattern, double floor)
    {
        var folder = Path.Combine(SharedData.Root, set);
        var clerk = await LogIn("clerk");
        var samples = SharedData.Files(folder, pattern)
            .Select(path => (Path: path, Truth: JsonNode.Parse(File.ReadAllText(path))!))
            .Select(entry => (File: Path.Combine(folder, entry.Truth["file"]!.GetValue<string>()), Kind: entry.Truth["kind"]!.GetValue<string>(), entry.Truth))
            .OrderBy(sample => sample.File, StringComparer.Ordinal)
            .ToArray();
        var uploads = new List<(string File, string Kind, JsonNode Truth, string Location)>();
        foreach (var (file, kind, truth) in samples)
        {
            var name = Path.GetFileName(file);
            uploads.Add((name, kind, truth, (await clerk.Upload("/api/parcels", [(name, File.ReadAllBytes(file))])).Headers.Location!.OriginalString));
        }

        var perKind = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var wrongOrders = new List<string>();
        var (toClerk, manualMissed, documents) = (0, new List<string>(), 0);
        foreach (var (file, kind, truth, location) in uploads)
        {
            var parcel = await Eventually.Get(() => clerk.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() is "Routed" or "ManualIndexing" or "Failed",
                $"{file} to be routed", TimeSpan.FromMinutes(5));
            var want = truth["documents"]!.AsArray().Select(document => document!["expected_routing"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            var got = parcel["documents"]!.AsArray().Select(document => document!["route"] is { } route ? RouteOf(route) : "manual_indexing").Order(StringComparer.Ordinal).ToList();
            var right = want.Distinct().Sum(route => Math.Min(want.Count(other => other == route), got.Count(other => other == route)));
            perKind[kind] = (perKind.GetValueOrDefault(kind).Right + right, perKind.GetValueOrDefault(kind).Total + want.Count);
            documents += want.Count;
            toClerk += got.Count(route => route == "manual_indexing");
            manualMissed.AddRange(Enumerable.Repeat(file, Math.Max(0, want.Count(route => route == "manual_indexing") - got.Count(route => route == "manual_indexing"))));
            if (right < want.Count)
            {
                misses.Add($"{file}: want {string.Join(", ", want)}; got " + string.Join("; ", parcel["documents"]!.AsArray()
                    .Select(document => $"{(document!["route"] is { } route ? RouteOf(route) : "unrouted")} as {document["type"]} ({document["typeConfidence"]}): {document["route"]?["reason"]} {document["reviewReasons"]?.ToJsonString()}")));
            }

            wrongOrders.AddRange(got.Where(route => route.StartsWith("attach_to_order:", StringComparison.Ordinal) && !want.Contains(route)).Select(route => $"{file} {route}"));
        }

        var matched = perKind.Values.Sum(tally => tally.Right);
        output.WriteLine($"{set}: {matched} of {documents} documents of {samples.Length} files routed as their truth says; {toClerk} sent to a clerk for manual indexing");
        output.WriteLine(string.Join("\n", perKind.Select(entry => $"  {entry.Key}: {entry.Value.Right} of {entry.Value.Total}")));
        output.WriteLine(string.Join("\n", misses));
        Assert.Empty(wrongOrders);
        Assert.Empty(manualMissed);
        Assert.True(matched >= floor * documents, $"{matched} of {documents} documents routed as their truth says:\n{string.Join("\n", misses)}");
    }

    [Fact]
    public async Task An_administrator_tries_a_rule_publishes_it_mid_stream_and_sees_which_rule_routed_each_parcel()
    {
        var admin = await LogIn("admin");
        var clerk = await LogIn("clerk");
        var inForce = await admin.GetJson("/api/routing/rules");
        var before = inForce["version"]!.GetValue<int>();
        var draft = WithPaperRule(inForce["rules"]!);
        try
        {
            // Under the rules in force a paper data sheet without an order reference is an exception.
            var old = await WaitForStage(clerk, (await clerk.Upload("/api/parcels", [("datasheet.tif", Sample("s020-paper-datasheet.tif"))])).Headers.Location!.OriginalString, "Routed");
            var oldRoute = old["documents"]![0]!["route"]!;
            Assert.Equal(("Exception", before, "everything-else"), (oldRoute["kind"]!.GetValue<string>(), oldRoute["ruleSetVersion"]!.GetValue<int>(), oldRoute["ruleId"]!.GetValue<string>()));

            // The draft, tried on that parcel and replayed over recent traffic, changes its route and applies nothing.
            var tried = JsonNode.Parse(await (await clerk.Post("/api/routing/dry-run", new { parcelId = old["id"]!.GetValue<string>(), rules = draft })).Content.ReadAsStringAsync())!.AsArray();
            var replay = await Json(await admin.Post("/api/routing/replay", new { rules = draft, last = 1000 }), HttpStatusCode.OK);
            Assert.Equal(("Inbox", "Planner", "paper-to-planning"), (tried[0]!["outcome"]!.GetValue<string>(), tried[0]!["role"]!.GetValue<string>(), tried[0]!["ruleId"]!.GetValue<string>()));
            Assert.Contains(replay["changes"]!.AsArray(), change => change!["documentId"]!.GetValue<string>() == old["documents"]![0]!["id"]!.GetValue<string>());
            Assert.InRange(replay["changed"]!.GetValue<int>(), 1, replay["documents"]!.GetValue<int>());
            Assert.Equal("Exception", (await clerk.GetJson($"/api/parcels/{old["id"]}"))["documents"]![0]!["route"]!["kind"]!.GetValue<string>());

            // Only administrators publish, with a reason; the new version is in force for the next parcel.
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Put("/api/routing/rules", new { rules = draft, comment = "paper to planning" })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.Put("/api/routing/rules", new { rules = draft, comment = " " })).StatusCode);
            var published = await Json(await admin.Put("/api/routing/rules", new { rules = draft, comment = "paper data sheets go to planning" }), HttpStatusCode.OK);
            Assert.Equal(before + 1, published["version"]!.GetValue<int>());
            await Task.Delay(new RoutingOptions().RefreshInterval); // the silo that did not publish switches within this


            var next = await WaitForStage(clerk, (await clerk.Upload("/api/parcels", [("datasheet.pdf", Sample("s019-paper-datasheet.pdf"))])).Headers.Location!.OriginalString, "Routed");
            var nextRoute = next["documents"]![0]!["route"]!;
            Assert.Equal(("Inbox", "Planner", before + 1, "paper-to-planning"),
                (nextRoute["kind"]!.GetValue<string>(), nextRoute["role"]!.GetValue<string>(), nextRoute["ruleSetVersion"]!.GetValue<int>(), nextRoute["ruleId"]!.GetValue<string>()));
            var plannerInbox = JsonNode.Parse(await (await LogIn("planner")).Http.GetStringAsync("/api/inbox"))!["items"]!.AsArray();
            Assert.Contains(plannerInbox, item => item!["reference"]!.GetValue<string>() == next["documents"]![0]!["id"]!.GetValue<string>());

            // Every version stays readable, with who published it, when and why.
            var history = JsonNode.Parse(await admin.Http.GetStringAsync("/api/routing/rules/history"))!.AsArray();
            Assert.Equal((before + 1, "admin", "paper data sheets go to planning"),
                (history[0]!["version"]!.GetValue<int>(), history[0]!["publishedBy"]!.GetValue<string>(), history[0]!["comment"]!.GetValue<string>()));
            Assert.Equal(inForce["rules"]!.ToJsonString(), (await clerk.GetJson($"/api/routing/rules/{before}"))["rules"]!.ToJsonString());
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.Get("/api/routing/rules/99999")).StatusCode);
        }
        finally
        {
            await Json(await admin.Put("/api/routing/rules", new { rules = inForce["rules"], comment = "back to the rules before the test" }), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_broken_rule_set_is_refused_with_every_problem_named_and_nothing_published()
    {
        var admin = await LogIn("admin");
        var version = (await admin.GetJson("/api/routing/rules"))["version"]!.GetValue<int>();
        var broken = new
        {
            rules = new object[]
            {
                new { id = "a", enabled = true, conditions = new[] { new { fact = "colour", @operator = "equals", value = "red" } }, actions = new[] { new { kind = "exception" } } },
                new { id = "b", enabled = true, conditions = new[] { new { fact = "text", @operator = "matches", value = "([unclosed" } }, actions = new[] { new { kind = "sendToInbox", role = "Janitor" } } },
            },
        };

        var refused = await Json(await admin.Put("/api/routing/rules", new { rules = broken, comment = "broken" }), HttpStatusCode.BadRequest);
        var malformed = await admin.SendRaw(HttpMethod.Put, "/api/routing/rules", """{"rules": {"rules": [ {"id": 1""");

        Assert.Equal(["rules[0].conditions[0].fact", "rules[1].actions[0].role", "rules[1].conditions[0].value"], refused["errors"]!.AsObject().Select(error => error.Key).Order());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(version, (await admin.GetJson("/api/routing/rules"))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_dry_run_on_facts_says_which_rule_would_decide_and_an_unknown_parcel_is_not_found()
    {
        var clerk = await LogIn("clerk");
        var facts = new
        {
            parcelId = "p-dry-run", documentIndex = 0, channel = "Email", capturePoint = "email-orders", sender = "billing@supplier.example",
            subject = "Invoice 4711", fileName = "invoice.pdf", documentType = "Invoice", documentTypeConfidence = 0.93,
            barcodes = Array.Empty<object>(), fields = Array.Empty<object>(), text = "Invoice no. 4711", pageCount = 1, needsReview = false,
        };

        var decided = JsonNode.Parse(await (await clerk.Post("/api/routing/dry-run", new { facts })).Content.ReadAsStringAsync())!.AsArray();
        var unknown = await clerk.Post("/api/routing/dry-run", new { parcelId = "p-000000000000000000000000" });
        var neither = await clerk.Post("/api/routing/dry-run", new { });
        var planner = await (await LogIn("planner")).Post("/api/routing/dry-run", new { facts });

        Assert.Equal(("Inbox", "Accountant", "supplier-invoice"), (decided[0]!["outcome"]!.GetValue<string>(), decided[0]!["role"]!.GetValue<string>(), decided[0]!["ruleId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, planner.StatusCode);
    }

    [Fact]
    public async Task Routed_documents_wait_in_the_inbox_of_their_role_until_done_and_unplaceable_ones_in_the_clerks_exception_queue()
    {
        var clerk = await LogIn("clerk");
        var invoice = await WaitForStage(clerk, (await clerk.Upload("/api/parcels", [("invoice.pdf", Sample("s017-supplier-invoice.pdf"))])).Headers.Location!.OriginalString, "Routed");
        var unknownOrder = await WaitForStage(clerk, (await clerk.Upload("/api/parcels", [("letter.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString, "ManualIndexing");
        var placed = await Json(await clerk.Post($"/api/parcels/{unknownOrder["id"]}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = "2026-999999" } } },
        }), HttpStatusCode.OK);

        var accountant = JsonNode.Parse(await (await LogIn("accountant")).Http.GetStringAsync("/api/inbox"))!["items"]!.AsArray();
        var exceptions = JsonNode.Parse(await clerk.Http.GetStringAsync("/api/inbox"))!["items"]!.AsArray();
        var planner = JsonNode.Parse(await (await LogIn("planner")).Http.GetStringAsync("/api/inbox"))!["items"]!.AsArray();

        var invoiceId = invoice["documents"]![0]!["id"]!.GetValue<string>();
        var letterId = placed["documents"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(("Exception", "order 2026-999999 does not exist"), (placed["documents"]![0]!["route"]!["kind"]!.GetValue<string>(), placed["documents"]![0]!["route"]!["reason"]!.GetValue<string>()));
        Assert.Contains(accountant, item => item!["kind"]!.GetValue<string>() == "document" && item["reference"]!.GetValue<string>() == invoiceId);
        Assert.Contains(exceptions, item => item!["kind"]!.GetValue<string>() == "exception" && item["reference"]!.GetValue<string>() == letterId
                                            && item["task"]!.GetValue<string>().Contains("order 2026-999999 does not exist"));
        Assert.DoesNotContain(planner, item => item!["reference"]!.GetValue<string>() is var reference && (reference == invoiceId || reference == letterId));

        // Dealt with: the accountant takes the invoice out of the inbox; a planner cannot, and nobody can twice.
        var accountantClient = await LogIn("accountant");
        Assert.Equal(HttpStatusCode.NotFound, (await (await LogIn("planner")).Post($"/api/inbox/documents/{invoiceId}/done", new { note = "not mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await accountantClient.Post($"/api/inbox/documents/{invoiceId}/done", new { note = "booked as 2026-0815" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await accountantClient.Post($"/api/inbox/documents/{invoiceId}/done")).StatusCode);
        Assert.DoesNotContain(JsonNode.Parse(await accountantClient.Http.GetStringAsync("/api/inbox"))!["items"]!.AsArray(), item => item!["reference"]!.GetValue<string>() == invoiceId);
    }

    /// <summary>The rules with one more, before the catch-all: paper data sheets go to production planning.</summary>
    private static JsonNode WithPaperRule(JsonNode rules)
    {
        var copy = JsonNode.Parse(rules.ToJsonString())!;
        var list = copy["rules"]!.AsArray();
        var catchAll = list.Select((rule, index) => (rule, index)).Single(entry => entry.rule!["id"]!.GetValue<string>() == "everything-else").index;
        list.Insert(catchAll, JsonNode.Parse("""
            {"id": "paper-to-planning", "description": "Paper data sheets go to planning", "enabled": true,
             "conditions": [{"fact": "documentType", "operator": "equals", "value": "PaperDescription"}],
             "actions": [{"kind": "sendToInbox", "role": "Planner", "reason": "a paper data sheet for planning"}], "continue": false}
            """));
        return copy;
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
