using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The steps that bring an order to where a test starts, each taken by the role whose job it is.</summary>
internal static class OrderSteps
{
    public static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd");

    /// <summary>A new order of <paramref name="customer"/>, submitted and processed into review.</summary>
    public static async Task<string> InReview(Uri api, string customer, object? form = null)
    {
        var manager = await LogIn(api, "manager");
        var number = (await Json(await manager.Post("/api/orders", form ?? OrderForms.Complete(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await WaitFor(manager, number, order => order["stage"]!.GetValue<string>() == "InReview", "review");
        return number;
    }

    /// <summary>
    /// An order approved by both sides. A customer name not used before is a new customer, so approval comes with a
    /// prepayment invoice; returns the order's number and that invoice as the accountant sees it.
    /// </summary>
    public static async Task<(string Number, JsonObject Prepayment)> ApprovedWithPrepayment(Uri api, string customer)
    {
        var number = await InReview(api, $"{customer} {Guid.NewGuid():N}");
        await Json(await (await LogIn(api, "qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var approved = await Json(await (await LogIn(api, "accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var prepayment = approved["invoicing"]!["invoices"]!.AsArray().Single(invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment")!.AsObject();
        return (number, prepayment);
    }

    public static Task<JsonObject> WaitFor(DexFlowHttpClient client, string number, Func<JsonObject, bool> until, string what) =>
        Eventually.Get(() => client.GetJson($"/api/orders/{number}"), until, $"order {number} to reach {what}");
}
