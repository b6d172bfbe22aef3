using System.Net;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>A clerk's intake and hand indexing in the browser: upload a scan, find it in the queue, index it, see it routed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndexingTests(BrowserFixture fixture)
{
    private const string Customer = "TSV Kleiberg 1898 e.V.";
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_clerk_uploads_a_handwritten_order_form_indexes_it_from_the_queue_and_sees_it_become_a_draft_order()
    {
        // A one-page scan of a form filled in by hand: OCR reads its printed labels but not its values, so the parcel
        // waits for a clerk.
        var file = Path.Combine(SharedData.Root, "samples-hard", "h017-po-p6.jpg");

        app.SignIn("clerk");
        app.WaitFor("[data-test=nav-intake]", "the intake entry").Click();
        app.WaitFor("#intake-files", "the file picker").SendKeys(file);
        var parcel = app.WaitFor("[data-test=intake-item][data-parcel]", "the parcel the upload made").GetAttribute("data-parcel");
        app.WaitFor($"[data-test=intake-item][data-parcel='{parcel}'][data-stage=ManualIndexing]", $"parcel {parcel} to wait for hand indexing",
            patience: TimeSpan.FromMinutes(2));
        app.AssertAccessible("the intake page");
        app.Screenshot("clerk-intake");

        app.Driver.FindElement(By.CssSelector("[data-test=nav-parcels]")).Click();
        var index = app.WaitFor($"[data-test=parcel-row][data-parcel='{parcel}'] [data-test=index]", $"parcel {parcel} in the clerks' queue");
        app.AssertAccessible("the parcels page");
        app.Screenshot("clerk-parcels");
        index.Click();

        app.WaitFor("[data-test=page-image]", "the page image in the station");
        app.Driver.FindElement(By.CssSelector("[data-test=document-type]")).Click();
        app.ClickWhenSteady(".mud-popover-open .mud-list-item", "the document types", item => item.Text == "Order form");
        app.WaitFor("[data-test=document-type]", "the chosen type", select => select.Text == "Order form");
        Replace("field-order_number", "");
        Replace("field-customer_name", Customer);
        Replace("field-quantity", "1000");
        app.AssertAccessible("the indexing station");
        app.Screenshot("clerk-indexing");
        app.Driver.FindElement(By.Id("field-quantity")).SendKeys(Keys.Control + Keys.Enter);

        var route = app.WaitFor($"[data-test=routed][data-parcel='{parcel}'] [data-test=route-kind]", "where the parcel went",
            kind => kind.GetAttribute("data-kind") is { Length: > 0 });
        Assert.Equal(("NewOrderDraft", "New draft order"), (route.GetAttribute("data-kind"), route.Text));
        var draft = app.Driver.FindElement(By.CssSelector($"[data-test=routed][data-parcel='{parcel}'] [data-test=route-order]")).Text.Trim();
        Assert.Empty(app.BrowserErrors());

        var clerk = await LogIn(fixture.Api.Address, "clerk");
        var routed = await Json(await clerk.Get($"/api/parcels/{parcel}"), HttpStatusCode.OK);
        var document = routed["documents"]![0]!;
        Assert.Equal("Routed", routed["stage"]!.GetValue<string>());
        Assert.Equal(("OrderForm", "NewOrderDraft", draft),
            (document["type"]!.GetValue<string>(), document["route"]!["kind"]!.GetValue<string>(), document["route"]!["orderNumber"]!.GetValue<string>()));
        // The customer's name is read from the form's letterhead; the quantity, written by hand, is the clerk's.
        Assert.Contains(document["fields"]!.AsArray(), field => field!["name"]!.GetValue<string>() == "customer_name" && field["value"]!.GetValue<string>() == Customer);
        Assert.Contains(document["fields"]!.AsArray(), field => field!["name"]!.GetValue<string>() == "quantity"
            && field["value"]!.GetValue<string>() == "1000" && field["source"]!.GetValue<string>() == "clerk");
    }

    /// <summary>Types over a field's value as a clerk does: select all, then type (nothing removes it).</summary>
    private void Replace(string id, string text)
    {
        var field = app.Driver.FindElement(By.Id(id));
        field.SendKeys(Keys.Control + "a");
        field.SendKeys(text.Length == 0 ? Keys.Delete : text);
    }
}
