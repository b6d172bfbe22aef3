using System.Diagnostics;
using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>The web application in the shared browser, as a person uses it: open a page, sign in, wait for what shows.</summary>
public sealed class WebApp(BrowserFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IWebDriver Driver => fixture.Driver;

    private IJavaScriptExecutor Js => (IJavaScriptExecutor)fixture.Driver;

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(fixture.Api.Address, path));

    /// <summary>Opens the sign-in page signed out: the previous test's session (in the tab's session storage) is dropped first.</summary>
    public void OpenSignIn()
    {
        Open("sign-in");
        Js.ExecuteScript("sessionStorage.clear()");
        Open("sign-in");
    }

    /// <summary>Signs in afresh (see <see cref="OpenSignIn"/>).</summary>
    public void SignIn(string userName)
    {
        OpenSignIn();
        WaitFor("#user-name", "the sign-in form").SendKeys(userName);
        Driver.FindElement(By.CssSelector("#password")).SendKeys("dexflow-demo");
        Driver.FindElement(By.CssSelector("[data-test=sign-in]")).Click();
        WaitFor("[data-test=user-name]", $"{userName} to be signed in");
    }

    /// <summary>Waits for an element (matching <paramref name="until"/>) for 30 seconds, or <paramref name="patience"/> for slow work such as OCR.</summary>
    public IWebElement WaitFor(string css, string waitingFor, Func<IWebElement, bool>? until = null, TimeSpan? patience = null)
    {
        var limit = patience ?? Patience;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var found = Driver.FindElements(By.CssSelector(css)).FirstOrDefault(element => until?.Invoke(element) ?? true);
                if (found is not null)
                {
                    return found;
                }
            }
            catch (StaleElementReferenceException)
            {
                // Blazor re-rendered the element between finding and reading it: look again.
            }

            if (clock.Elapsed > limit)
            {
                // What the browser logged usually says why (a failed start of the app, a refused script).
                var logged = string.Join("\n", Driver.Manage().Logs.GetLog(LogType.Browser).TakeLast(10).Select(entry => entry.Message));
                throw new TimeoutException($"Timed out after {limit.TotalSeconds} s waiting for {waitingFor} ({css}) at {Driver.Url}. Browser log:\n{logged}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Where the page on screen runs: "Server" or "WebAssembly" (the layouts name it).</summary>
    public string Renderer() => WaitFor("[data-renderer]", "the app's layout").GetAttribute("data-renderer") ?? "";

    /// <summary>Neither the amounts (however formatted) nor the currency nor a price heading is anywhere in the page's markup.</summary>
    public void AssertNoPrice(params decimal[] amounts)
    {
        var dom = Driver.PageSource;
        foreach (var amount in amounts)
        {
            Assert.DoesNotContain(amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), dom);
            Assert.DoesNotContain(amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), dom);
        }

        Assert.DoesNotContain("EUR", dom);
        Assert.DoesNotContain("Gross", dom);
        Assert.DoesNotContain("Price", dom, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Waits until nothing matches <paramref name="css"/> (an action done, a form closed).</summary>
    /// <summary>
    /// Waits until every row of a list is one the search asked for: a click on a row of the list before the search
    /// reloaded it would reach a handler the reload has replaced, and be dropped.
    /// </summary>
    public void WaitForSearched(string rows, string attribute, string value) =>
        WaitFor("body", $"only {value} listed", body => body.FindElements(By.CssSelector(rows)) is { Count: > 0 } found
                                                         && found.All(row => row.GetAttribute(attribute) == value));

    /// <summary>Clicks the element in the middle of the window, clear of the fixed application bar.</summary>
    public void Click(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({ block: 'center' })", element);
        element.Click();
    }

    /// <summary>
    /// Clicks the element in the middle of the window, looking for it again when Blazor re-rendered it between finding
    /// and clicking (a list reloading after a search).
    /// </summary>
    public void ClickWhenSteady(string css, string waitingFor, Func<IWebElement, bool>? until = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Click(WaitFor(css, waitingFor, until));
                return;
            }
            catch (StaleElementReferenceException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>
    /// Ticks a check box, switch or radio button, whether its test name is on the input or on the component around it
    /// (the input may be drawn over by its styled box, so it is clicked as a script would).
    /// </summary>
    public void Tick(string css, string waitingFor)
    {
        var element = WaitFor(css, waitingFor);
        var input = element.TagName == "input" ? element : element.FindElement(By.CssSelector("input"));
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].click()", input);
    }

    public void WaitUntilGone(string css, string waitingFor) =>
        WaitFor("body", waitingFor, _ => Driver.FindElements(By.CssSelector(css)).Count == 0);

    /// <summary>Saves the page as a PNG in DEXFLOW_SCREENSHOTS (docs/ui when the README's pictures are renewed), else in a temporary folder.</summary>
    public string Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("DEXFLOW_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "dexflow-ui");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void AssertAccessible(string page)
    {
        var violations = AccessibilityScan.SeriousViolations(Driver);
        Assert.True(violations.Count == 0, $"Serious accessibility violations on {page}:\n{string.Join("\n", violations)}");
    }

    /// <summary>
    /// What the browser refused or failed at (a Content-Security-Policy refusal, a script error) since the last look. An
    /// API's refusal (Chromium logs every 4xx of a fetch as "Failed to load resource") is not one: the app handles it
    /// and the tests check what the page shows of it.
    /// </summary>
    public IReadOnlyList<string> BrowserErrors() => Driver.Manage().Logs.GetLog(LogType.Browser)
        .Where(entry => entry.Level >= LogLevel.Severe || entry.Message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
        .Where(entry => !(entry.Message.Contains("/api/", StringComparison.Ordinal) && entry.Message.Contains("Failed to load resource", StringComparison.Ordinal)
                          && entry.Message.Contains("status of 4", StringComparison.Ordinal)))
        .Select(entry => entry.Message)
        .ToArray();
}
