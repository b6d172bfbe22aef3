using System.Net;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Testing;

/// <summary>Puts a document into the clerks' exception queue the way it happens in the shop, over the API.</summary>
public static class ExceptionQueue
{
    /// <summary>
    /// An administrator uploads an unreadable page; a clerk indexes it with an order number that does not exist, so
    /// routing puts it in the exception queue. Returns the document's id.
    /// </summary>
    public static async Task<string> Document(Uri api, string missingOrder = "2026-999996")
    {
        var admin = await LogIn(api, "admin");
        var clerk = await LogIn(api, "clerk");
        var location = (await admin.Upload("/api/parcels", [("letter.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        await Eventually.Get(() => admin.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() == "ManualIndexing",
            "the parcel to wait for a clerk", TimeSpan.FromMinutes(3));
        await Json(await clerk.Post($"{location}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = missingOrder } } },
        }), HttpStatusCode.OK);
        var routed = await Eventually.Get(() => admin.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() == "Routed", "the parcel to be routed");
        var route = routed["documents"]![0]!["route"]!["kind"]!.GetValue<string>();
        return route == "Exception"
            ? routed["documents"]![0]!["id"]!.GetValue<string>()
            : throw new InvalidOperationException($"The document was routed {route}, not to the exception queue.");
    }
}
