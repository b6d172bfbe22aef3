using System.Net;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>A clerk works the exception queue in the browser: opens the document, sees its pages, and places it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClerkTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_clerk_opens_an_exception_from_the_inbox_sees_its_page_and_attaches_it_to_an_order()
    {
        var documentId = await Exception(fixture.Api.Address);
        var order = SampleOrders.Numbers[1];

        app.SignIn("clerk");
        var item = app.WaitFor($"[data-test=inbox-item][data-reference='{documentId}']", $"exception {documentId} in the clerk's inbox");
        Assert.Equal("exception", item.GetAttribute("data-kind"));
        app.Screenshot("clerk");
        item.FindElement(By.CssSelector("a")).Click();
        app.WaitFor("[data-test=route]", "the document's route", route => route.Text == "Exception");
        app.WaitFor("[data-test=page-image]", "the document's page image");
        app.AssertAccessible("a document in the exception queue");

        app.Driver.FindElement(By.Id("place-order")).SendKeys(order);
        app.WaitFor("[data-test=place-on-order]", "the attach button", button => button.Enabled).Click();
        app.WaitFor("[data-test=route]", "the document to be on the order", route => route.Text == "AttachToOrder");
        Assert.Empty(app.BrowserErrors());

        var admin = await LogIn(fixture.Api.Address, "admin");
        var attached = (await Json(await admin.Get($"/api/orders/{order}"), HttpStatusCode.OK))["documents"]!.AsArray();
        Assert.Contains(attached, document => document!["documentId"]!.GetValue<string>() == documentId);
    }

    /// <summary>An unreadable page a clerk indexed with an order number that does not exist: it waits in the exception queue.</summary>
    private static async Task<string> Exception(Uri api)
    {
        var admin = await LogIn(api, "admin");
        var clerk = await LogIn(api, "clerk");
        var location = (await admin.Upload("/api/parcels", [("letter.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        await Eventually.Get(() => admin.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() == "ManualIndexing", "the parcel to wait for a clerk", TimeSpan.FromMinutes(2));
        await Json(await clerk.Post($"{location}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = "2026-999994" } } },
        }), HttpStatusCode.OK);
        var routed = await Eventually.Get(() => admin.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() == "Routed", "the parcel to be routed");
        return routed["documents"]![0]!["id"]!.GetValue<string>();
    }
}
