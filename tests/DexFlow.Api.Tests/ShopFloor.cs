using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The steps after approval, as accounting, planning and the shop floor take them over REST.</summary>
internal static class ShopFloor
{
    /// <summary>Records payment of what is still owed on every prepayment invoice; returns the invoices paid.</summary>
    public static Task<string[]> PayPrepayments(DexFlowHttpClient accountant, string number) => Pay(accountant, number, "Prepayment");

    /// <summary>Records payment of what is still owed on every invoice of the kind; returns the invoices paid.</summary>
    public static async Task<string[]> Pay(DexFlowHttpClient accountant, string number, string kind)
    {
        var invoices = (await accountant.GetJson($"/api/orders/{number}"))["invoicing"]!["invoices"]!.AsArray()
            .Where(invoice => invoice!["kind"]!.GetValue<string>() == kind && invoice["amountDue"]!.GetValue<decimal>() > 0).ToArray();
        foreach (var invoice in invoices)
        {
            await Json(await accountant.Post($"/api/orders/{number}/payments", new
            {
                invoiceNumber = invoice!["number"]!.GetValue<string>(),
                amount = invoice["amountDue"]!.GetValue<decimal>(),
                paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            }), HttpStatusCode.OK);
        }

        return [.. invoices.Select(invoice => invoice!["number"]!.GetValue<string>())];
    }

    /// <summary>The planner takes the proposal as it is; returns the scheduled order.</summary>
    public static async Task<JsonObject> ScheduleAsProposed(DexFlowHttpClient planner, string number)
    {
        var proposal = await planner.GetJson($"/api/orders/{number}/schedule/proposal");
        var slots = proposal["processes"]!.AsArray().Select(process => new
        {
            processId = process!["processId"]!.GetValue<string>(),
            resourceId = process["resourceId"]!.GetValue<string>(),
            start = process["start"]!.GetValue<DateTimeOffset>(),
        });
        return await Json(await planner.Put($"/api/orders/{number}/schedule", new { slots }), HttpStatusCode.OK);
    }

    /// <summary>An operator starts and finishes every process in order; returns the completed order.</summary>
    public static async Task<JsonObject> RunEveryProcess(DexFlowHttpClient @operator, string number)
    {
        var processes = (await @operator.GetJson($"/api/orders/{number}"))["schedule"]!["processes"]!.AsArray();
        JsonObject order = null!;
        foreach (var process in processes)
        {
            var id = process!["processId"]!.GetValue<string>();
            await Json(await @operator.Post($"/api/orders/{number}/processes/{id}/start"), HttpStatusCode.OK);
            order = await Json(await @operator.Post($"/api/orders/{number}/processes/{id}/finish"), HttpStatusCode.OK);
        }

        return order;
    }
}
