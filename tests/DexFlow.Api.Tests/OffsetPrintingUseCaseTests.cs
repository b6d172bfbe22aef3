using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The seed's use case end to end through REST, each step taken by the role whose job it is.</summary>
[Collection(ApiCollection.Name)]
public sealed class OffsetPrintingUseCaseTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_offset_order_is_estimated_reviewed_prepaid_planned_produced_invoiced_and_archived_with_every_document_kept()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var qa = await LogIn("qa");
        var planner = await LogIn("planner");
        var @operator = await LogIn("operator");
        var admin = await LogIn("admin");
        var auditor = await LogIn("auditor");
        var customer = $"Alpenblick Reisen {Guid.NewGuid():N}"[..32];

        // The manager starts from an earlier order as a template: specification and customer, nothing else.
        var earlier = (await Json(await manager.Post("/api/orders", OrderForms.Complete(customer, quantity: 2500)), HttpStatusCode.Created))["number"]!.GetValue<string>();
        var number = (await Json(await manager.Post("/api/orders", new { templateOrder = earlier }), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        var first = await WaitForReview(manager, number, revision: 1);
        Assert.Equal(2500, first["pricing"]!["estimate"]!["quantity"]!.GetValue<int>());

        // Accounting approves; QA rejects, which voids accounting's approval; the manager adjusts and resubmits.
        await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Paper too light for the cover" } }), HttpStatusCode.OK);
        var etag = (await manager.Get($"/api/orders/{number}")).Headers.ETag!.Tag;
        await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete(customer, quantity: 3000), ("If-Match", etag)), HttpStatusCode.OK);
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        var second = await WaitForReview(manager, number, revision: 2);
        var gross = second["pricing"]!["grossTotal"]!.GetValue<decimal>();

        // Both approve: a new customer, so accounting's approval comes with a prepayment invoice of 30 %.
        await Json(await qa.Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var approved = await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        Assert.Equal("Approved", approved["stage"]!.GetValue<string>());
        var prepayment = approved["invoicing"]!["invoices"]!.AsArray().Single()!;
        Assert.Equal("Prepayment", prepayment["kind"]!.GetValue<string>());
        Assert.Matches(@"^PRE-\d{4}-\d{6}$", prepayment["number"]!.GetValue<string>());
        Assert.InRange(prepayment["gross"]!.GetValue<decimal>(), gross * 0.30m - 0.01m, gross * 0.30m + 0.01m); // net and VAT each rounded
        Assert.True(approved["invoicing"]!["awaitsPrepayment"]!.GetValue<bool>());

        // Planning may go ahead; production may not start until the prepayment is paid.
        var scheduled = await ShopFloor.ScheduleAsProposed(planner, number);
        var firstProcess = scheduled["schedule"]!["processes"]![0]!["processId"]!.GetValue<string>();
        var waiting = await Json(await @operator.Post($"/api/orders/{number}/processes/{firstProcess}/start"), HttpStatusCode.Conflict);
        Assert.Contains("on hold until Accounting has the prepayment", waiting["detail"]!.GetValue<string>());
        await ShopFloor.PayPrepayments(accountant, number);
        var completed = await ShopFloor.RunEveryProcess(@operator, number);
        Assert.Equal("Completed", completed["stage"]!.GetValue<string>());

        // Completion issues the final invoice for the whole order, deducting the prepayment.
        var invoicing = (await accountant.GetJson($"/api/orders/{number}"))["invoicing"]!;
        var final = invoicing["invoices"]!.AsArray().Single(invoice => invoice!["kind"]!.GetValue<string>() == "Final")!;
        Assert.Equal(gross, final["gross"]!.GetValue<decimal>());
        Assert.Equal(prepayment["gross"]!.GetValue<decimal>(), final["deducted"]!.GetValue<decimal>());
        Assert.Equal(gross - prepayment["gross"]!.GetValue<decimal>(), final["amountDue"]!.GetValue<decimal>());
        Assert.Matches(@"^INV-\d{4}-\d{6}$", final["number"]!.GetValue<string>());
        // It says when the order was delivered and what of the prepayment was VAT; its e-invoice says the same.
        var deducted = final["details"]!["deductedPrepayment"]!;
        Assert.Equal((prepayment["net"]!.GetValue<decimal>(), prepayment["vat"]!.GetValue<decimal>()),
            (deducted["taxable"]!.GetValue<decimal>(), deducted["tax"]!.GetValue<decimal>()));
        Assert.NotNull(final["details"]!["deliveryDate"]);
        var ubl = System.Xml.Linq.XDocument.Parse(await accountant.Http.GetStringAsync($"/api/orders/{number}/invoices/{final["number"]!.GetValue<string>()}/ubl"));
        Assert.Empty(En16931Rules.Violations(ubl));
        Assert.Equal(prepayment["gross"]!.GetValue<decimal>(),
            decimal.Parse(ubl.Descendants().Single(element => element.Name.LocalName == "PrepaidAmount").Value, System.Globalization.CultureInfo.InvariantCulture));

        // A correction is a credit note against the final invoice, never a change to it.
        var finalNumber = final["number"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await qa.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = finalNumber, amount = 10m, reason = "late" })).StatusCode);
        var tooMuch = await Json(await accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = finalNumber, amount = gross + 1m, reason = "late" }), HttpStatusCode.BadRequest);
        Assert.True(tooMuch["errors"]!.AsObject().ContainsKey("amount"));
        var credited = await Json(await accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = finalNumber, amount = 10m, reason = "Goodwill: delivered a day late" }), HttpStatusCode.OK);
        var creditNote = credited["invoicing"]!["invoices"]!.AsArray().Single(invoice => invoice!["kind"]!.GetValue<string>() == "CreditNote")!;
        Assert.Matches(@"^CRN-\d{4}-\d{6}$", creditNote["number"]!.GetValue<string>());
        Assert.Equal((finalNumber, 10m), (creditNote["refersTo"]!.GetValue<string>(), creditNote["gross"]!.GetValue<decimal>()));

        // Archiving waits until nothing is owed; the problem names the invoice and the amount.
        var owed = gross - prepayment["gross"]!.GetValue<decimal>() - 10m;
        var unpaid = await Json(await accountant.Post($"/api/orders/{number}/archive"), HttpStatusCode.Conflict);
        Assert.Equal("urn:dexflow:problem:money-outstanding", unpaid["type"]!.GetValue<string>());
        Assert.Equal($"{finalNumber} has {owed:0.00} EUR outstanding", unpaid["outstanding"]![0]!.GetValue<string>());
        await ShopFloor.Pay(accountant, number, "Final");
        var archived = await Json(await accountant.Post($"/api/orders/{number}/archive"), HttpStatusCode.OK);
        Assert.Equal("Archived", archived["stage"]!.GetValue<string>());

        // The accountants' record stays open on the archive: a later goodwill credit note is issued on the archived order.
        var refund = await Json(await accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = finalNumber, amount = 5m, reason = "Refund: one box damaged" }),
            HttpStatusCode.OK);
        Assert.Equal("Archived", refund["stage"]!.GetValue<string>());
        var refundNumber = refund["invoicing"]!["invoices"]!.AsArray().Last()!["number"]!.GetValue<string>();

        // Every document stays retrievable, each by exactly those who may see it.
        string[] generated =
        [
            $"{number}-work-sheet-r1", $"{number}-price-sheet-r1", $"{number}-work-sheet-r2", $"{number}-price-sheet-r2",
            prepayment["number"]!.GetValue<string>(), finalNumber, creditNote["number"]!.GetValue<string>(), refundNumber,
        ];
        string[] workSheets = [generated[0], generated[2]];
        foreach (var (reader, sees) in new[] { (manager, generated), (accountant, generated), (admin, generated), (auditor, generated), (qa, workSheets) })
        {
            var listed = (await reader.GetJson($"/api/orders/{number}"))["documents"]!.AsArray().Select(document => document!["documentId"]!.GetValue<string>());
            Assert.Equal(sees.Order(), listed.Order());
            foreach (var id in generated)
            {
                var content = await reader.Get($"/api/orders/{number}/documents/{id}/content");
                Assert.Equal(sees.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound, content.StatusCode);
                if (content.IsSuccessStatusCode)
                {
                    Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await content.Content.ReadAsByteArrayAsync())[..5]);
                }
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await @operator.Get($"/api/orders/{number}/documents/{generated[0]}/content")).StatusCode);
    }

    [Fact]
    public async Task A_plan_that_overlaps_another_orders_booking_is_refused_naming_it_and_a_moved_plan_frees_its_old_slots()
    {
        var planner = await LogIn("planner");
        var first = await ApprovedOrder("Conflict One");
        var second = await ApprovedOrder("Conflict Two");
        var booked = await ShopFloor.ScheduleAsProposed(planner, first);
        var press = booked["schedule"]!["processes"]!.AsArray().First(process => process!["processId"]!.GetValue<string>() == "run")!;
        var pressId = press["resourceId"]!.GetValue<string>();

        // The second order planned into exactly the first order's slots.
        var slots = booked["schedule"]!["processes"]!.AsArray().Select(process => new
        {
            processId = process!["processId"]!.GetValue<string>(),
            resourceId = process["resourceId"]!.GetValue<string>(),
            start = process["start"]!.GetValue<DateTimeOffset>(),
        }).ToArray();
        var refused = await Json(await planner.Put($"/api/orders/{second}/schedule", new { slots }), HttpStatusCode.Conflict);
        Assert.Equal("urn:dexflow:problem:schedule-conflict", refused["type"]!.GetValue<string>());
        Assert.Contains(refused["conflicts"]!.AsArray(), conflict => conflict!.GetValue<string>().Contains($"by order {first} (run)"));
        Assert.Equal("Approved", (await planner.GetJson($"/api/orders/{second}"))["stage"]!.GetValue<string>());

        // Bookings of the press show the first order; moving it a week later frees the old slot for the second.
        var from = press["start"]!.GetValue<DateTimeOffset>();
        var window = $"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddHours(1).ToString("O"))}";
        var bookings = await planner.GetJson($"/api/resources/{pressId}/bookings?{window}");
        Assert.Contains(bookings["bookings"]!.AsArray(), booking => booking!["orderNumber"]!.GetValue<string>() == first);

        var later = booked["schedule"]!["processes"]!.AsArray().Select(process => new
        {
            processId = process!["processId"]!.GetValue<string>(),
            resourceId = process["resourceId"]!.GetValue<string>(),
            start = NextWeek(process["start"]!.GetValue<DateTimeOffset>()),
        }).ToArray();
        await Json(await planner.Put($"/api/orders/{first}/schedule", new { slots = later, note = "customer asked for a week later" }), HttpStatusCode.OK);
        var freed = await planner.GetJson($"/api/resources/{pressId}/bookings?{window}");
        Assert.DoesNotContain(freed["bookings"]!.AsArray(), booking => booking!["orderNumber"]!.GetValue<string>() == first);
        await Json(await planner.Put($"/api/orders/{second}/schedule", new { slots }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get("/api/resources/no-such-press/bookings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("manager")).Get($"/api/resources/{pressId}/bookings")).StatusCode);
    }

    private static DateTimeOffset NextWeek(DateTimeOffset start) => start.AddDays(7);

    private async Task<string> ApprovedOrder(string customer)
    {
        var manager = await LogIn("manager");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitForReview(manager, number, 1);
        await Json(await (await LogIn("accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await (await LogIn("qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        return number;
    }

    private static Task<JsonObject> WaitForReview(DexFlowHttpClient client, string number, int revision) =>
        Eventually.Get(() => client.GetJson($"/api/orders/{number}"),
            order => order["stage"]!.GetValue<string>() == "InReview" && order["revision"]!.GetValue<int>() == revision,
            $"revision {revision} of order {number} to reach review");

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
