using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace DexFlow.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_manager_finds_their_order_by_customer_and_by_number_and_never_another_managers()
    {
        // Both customers share a word, so a search for it would find both orders if the API did not scope it to the caller.
        var word = $"Searchable{Guid.NewGuid():N}"[..20];
        var mine = await Orders.Draft(fixture.Api.Address, $"{word} Druckhaus");
        var theirs = await Orders.Draft(fixture.Api.Address, $"{word} Verlag", manager: "manager2");

        app.SignIn("manager");
        Search(word);
        var hit = app.WaitFor("[data-test=order-hit]", $"order {mine} among the hits", row => row.GetAttribute("data-number") == mine);
        Assert.Contains($"{word} Druckhaus", hit.Text);
        Assert.Equal([mine], app.Driver.FindElements(By.CssSelector("[data-test=order-hit]")).Select(row => row.GetAttribute("data-number")));
        app.Screenshot("search");
        app.AssertAccessible("the search results");

        Search(theirs);
        app.WaitFor("[data-test=no-order-hits]", $"no hit for {theirs}, another manager's order");
        Assert.EndsWith($"search?q={theirs}", app.Driver.Url);

        Search(mine);
        app.WaitFor("[data-test=stage]", $"order {mine}'s page, opened by its number", stage => stage.GetAttribute("data-stage") == "Draft");
        Assert.EndsWith($"orders/{mine}", app.Driver.Url);
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public void Slash_focuses_the_search_box_except_in_another_field_and_Escape_leaves_it()
    {
        app.SignIn("planner");
        app.Open("orders");
        var filter = app.WaitFor("#text-filter", "the order list's text filter");

        filter.SendKeys("a/b");
        Assert.Equal("a/b", filter.GetAttribute("value"));
        Assert.Equal("text-filter", ActiveId());

        new Actions(app.Driver).SendKeys(Keys.Escape).Perform();
        app.Driver.FindElement(By.TagName("h1")).Click();
        new Actions(app.Driver).SendKeys("/").Perform();
        app.WaitFor("#search-box", "the search box to take the focus", _ => ActiveId() == "search-box");
        Assert.Equal("", app.Driver.FindElement(By.CssSelector("#search-box")).GetAttribute("value"));

        new Actions(app.Driver).SendKeys(Keys.Escape).Perform();
        app.WaitFor("body", "the focus to leave the search box", _ => ActiveId() != "search-box");
        Assert.Empty(app.BrowserErrors());
    }

    /// <summary>Types into the application bar's search box and presses Enter, as a user does.</summary>
    private void Search(string query)
    {
        var box = app.WaitFor("#search-box", "the search box");
        box.Clear();
        box.SendKeys(query + Keys.Enter);
    }

    private string? ActiveId() => (string?)((IJavaScriptExecutor)app.Driver).ExecuteScript("return document.activeElement && document.activeElement.id");
}
