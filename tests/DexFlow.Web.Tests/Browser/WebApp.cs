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

    /// <summary>Signs in afresh: the previous test's session (in the tab's session storage) is dropped first.</summary>
    public void SignIn(string userName)
    {
        Open("sign-in");
        Js.ExecuteScript("sessionStorage.clear()");
        Open("sign-in");
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
                throw new TimeoutException($"Timed out after {limit.TotalSeconds} s waiting for {waitingFor} ({css}) at {Driver.Url}.");
            }

            Thread.Sleep(50);
        }
    }

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

    /// <summary>What the browser refused or failed at (a Content-Security-Policy refusal, a script error) since the last look.</summary>
    public IReadOnlyList<string> BrowserErrors() => Driver.Manage().Logs.GetLog(LogType.Browser)
        .Where(entry => entry.Level >= LogLevel.Severe || entry.Message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
        .Select(entry => entry.Message)
        .ToArray();
}
