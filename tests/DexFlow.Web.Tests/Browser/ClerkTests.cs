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
        var documentId = await ExceptionQueue.Document(fixture.Api.Address, "2026-999994");
        var order = SampleOrders.Numbers[1];

        app.SignIn("clerk");
        var item = app.WaitFor($"[data-test=inbox-item][data-reference='{documentId}']", $"exception {documentId} in the clerk's inbox");
        Assert.Equal("exception", item.GetAttribute("data-kind"));
        app.Screenshot("clerk");
        item.FindElement(By.CssSelector("a")).Click();
        app.WaitFor("[data-test=route]", "the document's route", route => (route.GetAttribute("data-kind"), route.Text) == ("Exception", "Exception queue"));
        app.WaitFor("[data-test=page-image]", "the document's page image");
        app.AssertAccessible("a document in the exception queue");

        app.Driver.FindElement(By.Id("place-order")).SendKeys(order);
        app.WaitFor("[data-test=place-on-order]", "the attach button", button => button.Enabled).Click();
        app.WaitFor("[data-test=route]", "the document to be on the order", route => (route.GetAttribute("data-kind"), route.Text) == ("AttachToOrder", "Attached to order"));
        Assert.Empty(app.BrowserErrors());

        var admin = await LogIn(fixture.Api.Address, "admin");
        var attached = (await Json(await admin.Get($"/api/orders/{order}"), HttpStatusCode.OK))["documents"]!.AsArray();
        Assert.Contains(attached, document => document!["documentId"]!.GetValue<string>() == documentId);
    }
}
