using System.Text.Json;
using DexFlow.Testing;
using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (from npm, in tools/axe-core) in the page once it has settled, and returns the serious and critical
/// violations. The script is injected through WebDriver, which the page's Content-Security-Policy does not govern.
/// </summary>
public static class AccessibilityScan
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "tools", "axe-core", "node_modules", "axe-core", "axe.min.js")));

    public static IReadOnlyList<string> SeriousViolations(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        if (js.ExecuteScript("return typeof window.axe") as string != "object")
        {
            js.ExecuteScript(Axe.Value);
        }

        // A control just clicked is still fading between its colours (MudBlazor's transitions last 250 ms), and a scan
        // in the middle of that measures a contrast no one sees for long: the page is scanned once its transitions
        // and animations have finished (those that never finish, like a spinner, are waited for two seconds at most).
        var json = js.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const settled = Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)));
            Promise.race([settled, new Promise(resolve => setTimeout(resolve, 2000))])
              .then(() => axe.run(document, { resultTypes: ['violations'] }))
              .then(result => done(JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                 targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))))
              .catch(error => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }])));
            """) as string ?? throw new InvalidOperationException("axe-core returned nothing.");
        using var violations = JsonDocument.Parse(json);
        return violations.RootElement.EnumerateArray()
            .Where(violation => violation.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(violation => $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): " +
                                 $"{violation.GetProperty("help").GetString()} at {string.Join(", ", violation.GetProperty("targets").EnumerateArray())}")
            .ToArray();
    }
}
