using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>Reports in the browser: administrators pick any report and read it as a chart and a table; accountants get the financial one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public void An_administrator_reads_throughput_as_a_chart_and_a_table_and_an_accountant_gets_only_the_financial_report()
    {
        app.SignIn("admin");
        app.WaitFor("[data-test='nav-reports']", "the navigation to the reports").Click();
        app.WaitFor("[data-test=report][data-name='active-orders']", "the first report, shown at once");

        app.Choose("[data-test=report-select]", "Throughput");
        var report = app.WaitFor("[data-test=report][data-name='throughput']", "the throughput report");
        Assert.NotEmpty(report.FindElements(By.CssSelector("[data-test=report-chart] svg")));
        Assert.Equal(int.Parse(report.GetAttribute("data-rows")!), report.FindElements(By.CssSelector("[data-test=report-row]")).Count);
        Assert.Contains("Created", report.FindElement(By.CssSelector("[data-test=report-table] thead")).Text, StringComparison.Ordinal);
        app.Screenshot("administrator-reports");
        app.AssertAccessible("the throughput report");
        Assert.Empty(app.BrowserErrors());

        app.SignIn("accountant");
        app.Open("reports");
        app.WaitFor("[data-test=report][data-name='invoicing']", "the invoicing report, the accountant's only one");
        app.WaitFor("[data-test=report-select]", "the report select").Click();
        // The list fades in: its items have no visible text until it has.
        app.WaitFor(".mud-popover-open .mud-list-item", "the open list of reports, shown", option => option.Text.Trim().Length > 0);
        var options = app.Driver.FindElements(By.CssSelector(".mud-popover-open .mud-list-item"));
        Assert.Equal(["Invoiced, prepaid and outstanding amounts"], options.Select(option => option.Text.Trim()));
    }
}
