using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>Brings orders to where a browser test starts, over the API, each step by the role whose job it is.</summary>
internal static class Orders
{
    public static object Form(string customer) => new
    {
        customer = new { name = customer, billingAddress = "Hauptstr. 1, 10115 Berlin" },
        specification = new
        {
            product = "Flyer",
            title = "Browser flyer",
            finishedWidthMm = 148,
            finishedHeightMm = 210,
            quantity = 5000,
            pages = 2,
            coloursFront = 4,
            coloursBack = 4,
            paperStock = "gloss-135",
            finishing = new[] { "cutting" },
            dueDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        },
    };

    /// <summary>A draft of <paramref name="manager"/> (a demo user name) for <paramref name="customer"/>.</summary>
    public static async Task<string> Draft(Uri api, string customer, string manager = "manager")
    {
        var creator = await LogIn(api, manager);
        return (await Json(await creator.Post("/api/orders", Form(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();
    }

    /// <summary>An order submitted and processed: waiting for both reviews.</summary>
    public static async Task<string> InReview(Uri api, string customer)
    {
        var number = await Draft(api, customer);
        var manager = await LogIn(api, "manager");
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", $"order {number} in review");
        return number;
    }

    /// <summary>An order approved by both reviews, and its prices as its manager sees them.</summary>
    public static async Task<(string Number, JsonObject Pricing)> Approved(Uri api, string customer)
    {
        var number = await Draft(api, customer);
        var manager = await LogIn(api, "manager");
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", $"order {number} in review");
        await Json(await (await LogIn(api, "qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await (await LogIn(api, "accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var seen = await manager.GetJson($"/api/orders/{number}");
        return (number, seen["pricing"]!.AsObject());
    }

    /// <summary>
    /// An order approved, its prepayment (if one was asked for) paid, and scheduled as the planner's proposal has it:
    /// ready for the shop floor. Returns its processes in work-sheet order, each with its id and planned start.
    /// </summary>
    public static async Task<(string Number, IReadOnlyList<(string ProcessId, DateTimeOffset Start)> Processes)> Scheduled(Uri api, string customer)
    {
        var (number, _) = await Approved(api, customer);
        var accountant = await LogIn(api, "accountant");
        var invoices = (await accountant.GetJson($"/api/orders/{number}"))["invoicing"]?["invoices"]?.AsArray() ?? [];
        foreach (var invoice in invoices.Where(invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment" && invoice["amountDue"]!.GetValue<decimal>() > 0))
        {
            await Json(await accountant.Post($"/api/orders/{number}/payments", new
            {
                invoiceNumber = invoice!["number"]!.GetValue<string>(),
                amount = invoice["amountDue"]!.GetValue<decimal>(),
                paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            }), HttpStatusCode.OK);
        }

        var planner = await LogIn(api, "planner");
        var proposal = await planner.GetJson($"/api/orders/{number}/schedule/proposal");
        var slots = proposal["processes"]!.AsArray().Select(process => new
        {
            processId = process!["processId"]!.GetValue<string>(),
            resourceId = process["resourceId"]!.GetValue<string>(),
            start = process["start"]!.GetValue<DateTimeOffset>(),
        }).ToArray();
        await Json(await planner.Put($"/api/orders/{number}/schedule", new { slots }), HttpStatusCode.OK);
        return (number, [.. slots.Select(slot => (slot.processId, slot.start))]);
    }

    /// <summary>
    /// An approved order of a new customer, whose prepayment invoice Accounting has issued and production waits for;
    /// with that invoice as the accountant sees it.
    /// </summary>
    public static async Task<(string Number, JsonObject Invoice)> AwaitingPrepayment(Uri api, string customer)
    {
        var (number, _) = await Approved(api, customer);
        var accountant = await LogIn(api, "accountant");
        var order = await Eventually.Get(() => accountant.GetJson($"/api/orders/{number}"),
            seen => seen["invoicing"]?["awaitsPrepayment"]?.GetValue<bool>() == true, $"order {number} to await its prepayment");
        var invoice = order["invoicing"]!["invoices"]!.AsArray().Single(invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment")!.AsObject();
        return (number, invoice);
    }
}
