using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>An auditor reads the configuration (never offered a change), the audit trail and the sign-in audit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditorTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public void An_auditor_reads_the_rules_price_list_resources_and_capture_points_without_changing_them_and_the_sign_in_audit()
    {
        app.SignIn("auditor");
        foreach (var entry in new[] { "admin/rules", "admin/price-list", "admin/resources", "admin/capture-points", "audit" })
        {
            app.WaitFor($"[data-test='nav-{entry}']", $"the navigation to {entry}");
        }

        app.Driver.FindElement(By.CssSelector("[data-test='nav-admin/rules']")).Click();
        app.WaitFor("[data-test=rule]", "the routing rules");
        app.WaitFor("[data-test=read-only]", "the read-only notice");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=publish], [data-test=add-rule], [data-test=dry-run], [data-test=remove-rule]")));
        Assert.NotNull(app.Driver.FindElement(By.CssSelector("#rule-0-id")).GetAttribute("readonly"));
        app.AssertAccessible("the routing rules, read-only");

        app.Open("admin/price-list");
        app.WaitFor("[data-test=paper-row]", "the paper stocks");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=publish], [data-test=add-paper]")));
        app.AssertAccessible("the price list, read-only");

        app.Open("admin/resources");
        app.WaitFor("[data-test=resource-row]", "the resources");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=add-resource], [data-test=edit-resource]")));
        app.AssertAccessible("the resources, read-only");

        app.Open("admin/capture-points");
        app.WaitFor("[data-test=capture-points]", "the capture points");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=add-capture-point], [data-test=edit-capture-point]")));
        app.AssertAccessible("the capture points, read-only");

        app.Open("audit");
        app.WaitFor("[data-test=sign-in][data-user='auditor'][data-outcome='SignedIn']", "the auditor's own sign-in in the audit");
        app.WaitFor("[data-test=audit-event][data-object-type='SignIn'][data-object='auditor']", "the auditor's sign-in in the audit trail");
        app.WaitFor("#audit-object", "the object filter").SendKeys("auditor");
        app.Driver.FindElement(By.CssSelector("[data-test=audit-trail-search]")).Click();
        app.WaitFor("[data-test=audit-trail]", "only the events on 'auditor'",
            table => table.FindElements(By.CssSelector("[data-test=audit-event]")) is { Count: > 0 } rows && rows.All(row => row.GetAttribute("data-object") == "auditor"));
        app.Screenshot("auditor");
        app.AssertAccessible("the sign-in audit");

        app.WaitFor("#audit-user", "the user filter").SendKeys("auditor");
        app.Driver.FindElement(By.CssSelector("[data-test=audit-search]")).Click();
        app.WaitFor("[data-test=sign-ins]", "only the auditor's sign-ins",
            table => table.FindElements(By.CssSelector("[data-test=sign-in]")).All(row => row.GetAttribute("data-user") == "auditor"));
        Assert.Empty(app.BrowserErrors());
    }
}
