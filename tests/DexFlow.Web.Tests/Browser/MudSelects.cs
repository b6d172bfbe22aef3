using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// MudBlazor's selects as a person uses them: open the list, click the entry with the text. A select of strings is an
/// input (with the page's attributes); a select of another type shows its value in a div that has them.
/// </summary>
internal static class MudSelects
{
    public static void Choose(this WebApp app, string selectCss, string text)
    {
        app.WaitFor(selectCss, $"the select {selectCss}").Click();
        app.ClickWhenSteady(".mud-popover-open .mud-list-item", $"'{text}' in the open list", item => item.Text.Trim() == text);
        app.WaitFor(selectCss, $"the select to show '{text}'", select => Shown(select) == text);
        // The list closes after the choice; waiting for that keeps the next click off the closing popover.
        app.WaitFor("body", "the list to close", body => body.FindElements(By.CssSelector(".mud-popover-open .mud-list-item")).Count == 0);
    }

    private static string Shown(IWebElement select) => (select.TagName == "input" ? select.GetAttribute("value") : select.Text)?.Trim() ?? "";
}
