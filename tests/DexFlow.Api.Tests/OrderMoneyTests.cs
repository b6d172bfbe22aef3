using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Contracts.Orders;
using DexFlow.Testing;
using static DexFlow.Api.Tests.OrderSteps;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Payments, credit notes and the prepayment hold over REST: bounded input, Idempotency-Key, what is owed.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderMoneyTests(ApiFixture fixture)
{
    private static readonly string TooLong = new('x', 4001);

    [Fact]
    public async Task Free_text_longer_than_its_limit_is_refused_with_a_400_naming_the_field_and_nothing_is_issued()
    {
        var accountant = await LogIn("accountant");
        var planner = await LogIn("planner");
        var manager = await LogIn("manager");
        var (number, prepayment) = await ApprovedWithPrepayment(fixture.Api.Address, "Bounds");
        var invoice = prepayment["number"]!.GetValue<string>();
        var reviewed = await InReview(fixture.Api.Address, "Bounds Review AG");

        var refusals = new (string Field, Task<HttpResponseMessage> Response)[]
        {
            ("reason", accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = invoice, amount = 1m, reason = TooLong })),
            ("invoiceNumber", accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = new string('I', 201), amount = 1m, reason = "ok" })),
            ("invoiceNumber", accountant.Post($"/api/orders/{number}/payments", new { invoiceNumber = new string('I', 201), amount = 1m, paidOn = Today })),
            ("note", planner.Put($"/api/orders/{number}/schedule", new { slots = Array.Empty<object>(), note = TooLong })),
            ("reasons", (await LogIn("qa")).Post($"/api/orders/{reviewed}/qa-review", new { decision = "Reject", reasons = new[] { TooLong } })),
            ("reasons", (await LogIn("qa")).Post($"/api/orders/{reviewed}/qa-review", new { decision = "Reject", reasons = Enumerable.Range(1, 21).Select(i => $"reason {i}") })),
            ("reason", manager.Post($"/api/orders/{reviewed}/cancel", new { reason = TooLong })),
            ("text", manager.Get("/api/orders?text=" + new string('t', 201))),
            ("customer", manager.Get("/api/orders?customer=" + new string('c', 201))),
        };

        foreach (var (field, response) in refusals)
        {
            var problem = await Json(await response, HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"{field} is not named in {problem}");
        }

        var invoices = (await accountant.GetJson($"/api/orders/{number}"))["invoicing"]!["invoices"]!.AsArray();
        Assert.Equal([invoice], invoices.Select(issued => issued!["number"]!.GetValue<string>()));
        Assert.Equal("InReview", (await manager.GetJson($"/api/orders/{reviewed}"))["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_payment_sent_again_with_its_idempotency_key_is_recorded_once_even_after_the_order_left_memory()
    {
        var accountant = await LogIn("accountant");
        var (number, prepayment) = await ApprovedWithPrepayment(fixture.Api.Address, "Keyed Payment");
        var body = new { invoiceNumber = prepayment["number"]!.GetValue<string>(), amount = 10m, paidOn = Today };
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => accountant.Post($"/api/orders/{number}/payments", body, ("Idempotency-Key", key))));
        await fixture.Cluster.DeactivateAsync(fixture.Client.GetGrain<IOrderGrain>(number));
        var retried = await accountant.Post($"/api/orders/{number}/payments", body, ("Idempotency-Key", key));
        var reused = await accountant.Post($"/api/orders/{number}/payments", body with { amount = 11m }, ("Idempotency-Key", key));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(2, responses.Count(response => response.Headers.Contains("Idempotent-Replayed")));
        var replayed = await Json(retried, HttpStatusCode.OK);
        Assert.True(retried.Headers.Contains("Idempotent-Replayed"));
        var payment = Assert.Single(replayed["invoicing"]!["payments"]!.AsArray())!;
        Assert.Equal(10m, payment["amount"]!.GetValue<decimal>());
        Assert.Equal("urn:dexflow:problem:idempotency-key-reused", (await Json(reused, HttpStatusCode.UnprocessableEntity))["type"]!.GetValue<string>());
        Assert.Single((await accountant.GetJson($"/api/orders/{number}"))["invoicing"]!["payments"]!.AsArray());
    }

    [Fact]
    public async Task A_credit_note_sent_again_with_its_idempotency_key_is_issued_once_and_another_request_with_the_key_gets_422()
    {
        var accountant = await LogIn("accountant");
        var (number, prepayment) = await ApprovedWithPrepayment(fixture.Api.Address, "Keyed Credit");
        var body = new { invoiceNumber = prepayment["number"]!.GetValue<string>(), amount = 5m, reason = "Goodwill" };
        var key = Guid.NewGuid().ToString();

        var first = await Json(await accountant.Post($"/api/orders/{number}/credit-notes", body, ("Idempotency-Key", key)), HttpStatusCode.OK);
        await fixture.Cluster.DeactivateAsync(fixture.Client.GetGrain<IOrderGrain>(number));
        var again = await accountant.Post($"/api/orders/{number}/credit-notes", body, ("Idempotency-Key", key));
        var otherOrder = (await ApprovedWithPrepayment(fixture.Api.Address, "Keyed Credit Other")).Number;
        var reused = await accountant.Post($"/api/orders/{otherOrder}/credit-notes", body, ("Idempotency-Key", key));

        static string[] CreditNotes(JsonObject order) => [.. order["invoicing"]!["invoices"]!.AsArray()
            .Where(invoice => invoice!["kind"]!.GetValue<string>() == "CreditNote").Select(invoice => invoice!["number"]!.GetValue<string>())];
        var issued = Assert.Single(CreditNotes(first));
        Assert.Equal([issued], CreditNotes(await Json(again, HttpStatusCode.OK)));
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Empty(CreditNotes(await accountant.GetJson($"/api/orders/{otherOrder}")));
    }

    [Fact]
    public async Task While_the_prepayment_is_unpaid_the_operator_is_offered_nothing_and_the_order_waits_for_accounting_and_its_manager()
    {
        var accountant = await LogIn("accountant");
        var manager = await LogIn("manager");
        var @operator = await LogIn("operator");
        var (number, prepayment) = await ApprovedWithPrepayment(fixture.Api.Address, "On Hold");
        await ShopFloor.ScheduleAsProposed(await LogIn("planner"), number);
        var gross = prepayment["gross"]!.GetValue<decimal>();

        var held = await @operator.GetJson($"/api/orders/{number}");
        Assert.DoesNotContain("StartProcess", held["availableActions"]!.AsArray().Select(action => action!.GetValue<string>()));
        Assert.Null(await InboxTask(@operator, number));
        Assert.Equal("Record the prepayment: production waits for it", await InboxTask(accountant, number));
        Assert.Equal("Production waits for the prepayment", await InboxTask(manager, number));

        // Part of it paid: what is still owed is the amount due; the hold stays.
        var part = await Json(await accountant.Post($"/api/orders/{number}/payments", new { invoiceNumber = prepayment["number"]!.GetValue<string>(), amount = 10m, paidOn = Today }),
            HttpStatusCode.OK);
        var invoice = part["invoicing"]!["invoices"]![0]!;
        Assert.Equal(gross - 10m, invoice["amountDue"]!.GetValue<decimal>());
        Assert.Equal(10m, invoice["paid"]!.GetValue<decimal>());
        Assert.Null(await InboxTask(@operator, number));

        await ShopFloor.PayPrepayments(accountant, number);
        var released = await @operator.GetJson($"/api/orders/{number}");
        Assert.Contains("StartProcess", released["availableActions"]!.AsArray().Select(action => action!.GetValue<string>()));
        Assert.Equal("Start production", await Eventually.Get(() => InboxTask(@operator, number), task => task is not null, $"order {number} in the operator's inbox"));
        Assert.Null(await InboxTask(accountant, number));
    }

    [Fact]
    public async Task An_amount_with_fractions_of_a_cent_is_refused_in_the_currencys_words()
    {
        var accountant = await LogIn("accountant");
        var (number, prepayment) = await ApprovedWithPrepayment(fixture.Api.Address, "Fractions");

        var problem = await Json(await accountant.Post($"/api/orders/{number}/payments",
            new { invoiceNumber = prepayment["number"]!.GetValue<string>(), amount = 10.005m, paidOn = Today }), HttpStatusCode.BadRequest);

        var message = problem["errors"]!["amount"]![0]!.GetValue<string>();
        Assert.DoesNotContain("in cents", message);
        Assert.Contains("two decimal places", message);
    }

    private static async Task<string?> InboxTask(DexFlowHttpClient client, string number)
    {
        var items = JsonNode.Parse(await client.Http.GetStringAsync("/api/inbox?pageSize=200"))!["items"]!.AsArray();
        return items.FirstOrDefault(item => item!["reference"]!.GetValue<string>() == number)?["task"]!.GetValue<string>();
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
