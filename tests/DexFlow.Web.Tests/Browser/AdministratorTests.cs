using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>An administrator changes DexFlow's configuration in the browser: routing rules, the price list, the company profile, users, resources, capture points.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministratorTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task An_administrator_adds_a_rule_dry_runs_it_on_a_document_sees_the_replay_publishes_it_and_finds_it_in_the_history()
    {
        // A document whose text names an order that does not exist; the new rule sends such documents to accounting.
        const string order = "2026-999981";
        const string ruleId = "accounting-999981";
        var documentId = await ExceptionQueue.Document(fixture.Api.Address, order);

        app.SignIn("admin");
        app.Open("admin/rules");
        var before = int.Parse(app.WaitFor("[data-test=rules-version]", "the rules in force").GetAttribute("data-version")!);
        var target = int.Parse(app.WaitFor("[data-test=rule][data-rule-id='order-in-text']", "the rule that attaches by the text's order number").GetAttribute("data-index")!);

        app.WaitFor("[data-test=add-rule]", "the add-rule button").Click();
        var added = app.WaitFor("[data-test=rule][data-rule-id^='rule-']", "the new rule");
        var at = added.GetAttribute("data-index");
        Type($"#rule-{at}-id", ruleId);
        Type($"#rule-{at}-description", $"Papers of order {order} go to accounting");
        app.Choose($"[data-test=rule][data-index='{at}'] [data-test=action-role]", "Accountant");
        app.WaitFor($"[data-test=rule][data-index='{at}'] [data-test=add-condition]", "the add-condition button").Click();
        app.Choose($"[data-test=rule][data-index='{at}'] [data-test=condition-fact]", "field (by name)");
        Type($"#rule-{at}-c0-field", "order_number");
        Type($"#rule-{at}-c0-value", order);
        // One place up per click, each awaited: a second click before the list is redrawn would move the rule past its target.
        for (var index = int.Parse(at!); index > target; index--)
        {
            app.ClickWhenSteady($"[data-test=rule][data-rule-id='{ruleId}'] [data-test=rule-up]", $"rule {ruleId}'s up button");
            app.WaitFor($"[data-test=rule][data-rule-id='{ruleId}'][data-index='{index - 1}']", $"rule {ruleId} one place up");
        }

        Assert.Equal(target.ToString(), Rule(ruleId).GetAttribute("data-index"));

        Type("#dry-run-target", documentId);
        app.WaitFor("[data-test=dry-run]", "the dry-run button", button => button.Enabled).Click();
        var row = app.WaitFor($"[data-test=dry-run-row][data-document='{documentId}']", "the dry run of the document");
        Assert.Equal("true", row.GetAttribute("data-changed"));
        Assert.Contains("Attach to order", row.FindElement(By.CssSelector("[data-test=dry-run-current]")).Text);
        var drafted = row.FindElement(By.CssSelector("[data-test=dry-run-draft]")).Text;
        Assert.Contains("Inbox", drafted);
        Assert.Contains("Accountant", drafted);
        Assert.Contains(ruleId, drafted);
        app.Screenshot("administrator");
        app.AssertAccessible("the routing rules editor with a dry run");

        app.WaitFor("[data-test=replay]", "the replay button", button => button.Enabled).Click();
        var summary = app.WaitFor("[data-test=replay-summary]", "the replay's count");
        Assert.InRange(int.Parse(summary.GetAttribute("data-changed")!), 1, int.Parse(summary.GetAttribute("data-documents")!));
        app.WaitFor($"[data-test=replay-change][data-document='{documentId}']", "the document among the replay's changes");

        Type("#publish-comment", $"Order {order}'s papers go to accounting");
        app.WaitFor("[data-test=publish]", "the publish button", button => button.Enabled).Click();
        app.WaitFor("[data-test=published]", "the confirmation", alert => alert.Text.Contains($"Version {before + 1}"));
        app.WaitFor("[data-test=rules-version]", "the new version in force", version => version.GetAttribute("data-version") == (before + 1).ToString());
        var newest = app.WaitFor($"[data-test=version-row][data-version='{before + 1}']", "the new version in the history");
        Assert.Contains($"Order {order}'s papers go to accounting", newest.FindElement(By.XPath("..")).Text);

        var inForce = await (await LogIn(fixture.Api.Address, "admin")).GetJson("/api/routing/rules");
        Assert.Equal(before + 1, inForce["version"]!.GetValue<int>());
        Assert.Equal(ruleId, inForce["rules"]!["rules"]![target]!["id"]!.GetValue<string>());

        // The version before is still there to read, without the new rule.
        app.WaitFor($"[data-test=version-row][data-version='{before}']", "the earlier version").FindElement(By.XPath(".."))
            .FindElement(By.CssSelector("[data-test=view-version]")).Click();
        app.WaitFor("[data-test=viewing-earlier]", "the earlier version on screen");
        Assert.Empty(app.Driver.FindElements(By.CssSelector($"[data-test=rule][data-rule-id='{ruleId}']")));
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public async Task An_administrator_changes_a_paper_price_publishes_it_and_a_managers_estimate_uses_the_new_version()
    {
        app.SignIn("admin");
        app.Open("admin/price-list");
        var before = int.Parse(app.WaitFor("[data-test=price-list-version]", "the price list in force").GetAttribute("data-version")!);
        var price = app.WaitFor("[data-test=paper-row][data-name='matt-300'] input[data-test=paper-price]", "the price of matt-300");
        var changed = decimal.Parse(price.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture) + 7.5m;
        app.AssertAccessible("the price list editor");

        price.SendKeys(Keys.Control + "a");
        price.SendKeys(changed.ToString(System.Globalization.CultureInfo.InvariantCulture) + Keys.Tab);
        Type("#publish-comment", "Matt 300 got dearer");
        app.WaitFor("[data-test=publish]", "the publish button", button => button.Enabled).Click();
        app.WaitFor("[data-test=published]", "the confirmation", alert => alert.Text.Contains($"Version {before + 1}"));
        app.WaitFor($"[data-test=version-row][data-version='{before + 1}']", "the new version in the history");
        Assert.Empty(app.BrowserErrors());

        var manager = await LogIn(fixture.Api.Address, "manager");
        var list = await manager.GetJson("/api/pricing/price-list");
        Assert.Equal(before + 1, list["version"]!.GetValue<int>());
        Assert.Equal(changed, list["priceList"]!["paperStocks"]!.AsArray().Single(paper => paper!["name"]!.GetValue<string>() == "matt-300")!["pricePer1000"]!.GetValue<decimal>());
        var specification = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Orders.Form("Estimate customer"), System.Text.Json.JsonSerializerOptions.Web))!["specification"]!;
        specification["paperStock"] = "matt-300";
        var estimate = await Json(await manager.Post("/api/pricing/estimate", new { specification }), HttpStatusCode.OK);
        Assert.Equal(before + 1, estimate["priceListVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_administrator_corrects_a_refused_iban_at_its_field_publishes_the_company_profile_and_changes_the_logo()
    {
        var api = await LogIn(fixture.Api.Address, "admin");
        var before = await api.GetJson("/api/company");
        try
        {
            app.SignIn("admin");
            app.Open("admin/company");
            var version = int.Parse(app.WaitFor("[data-test=company-version]", "the profile in force").GetAttribute("data-version")!);
            app.AssertAccessible("the company profile editor");

            Type("#company-iban", "DE89370400440532013001");
            Type("#company-footer", "Amtsgericht Charlottenburg HRB 99999");
            Type("#publish-comment", "new register entry");
            app.WaitFor("[data-test=publish]", "the publish button", button => button.Enabled).Click();
            app.WaitFor("[data-test=company-profile]", "the IBAN refused at its field", form => form.Text.Contains("check digits"));
            Type("#company-iban", "DE89370400440532013000");
            app.WaitFor("[data-test=publish]", "the publish button", button => button.Enabled).Click();
            app.WaitFor("[data-test=published]", "the confirmation", alert => alert.Text.Contains($"Version {version + 1}"));
            var logo = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.png");
            await File.WriteAllBytesAsync(logo, Convert.FromBase64String(
                "iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAIAAADfzGvmAAAAJElEQVR42mOQs1kwqBDDqINGHTTqoFEHjTpo1EGjDhp1EH0RALob7h9a/0UwAAAAAElFTkSuQmCC"));
            app.WaitFor("#company-logo-file", "the logo picker").SendKeys(logo);
            app.WaitFor("[data-test=company-logo]", "the logo in force", text => text.Text.Contains("A logo is printed"));
            app.WaitFor($"[data-test=version-row][data-version='{version + 2}']", "the logo's version in the history");
            app.WaitFor("[data-test=remove-logo]", "the remove-logo button").Click();
            app.WaitFor("[data-test=company-logo]", "no logo", text => text.Text.Contains("No logo"));
            Assert.Empty(app.BrowserErrors());

            var published = await (await LogIn(fixture.Api.Address, "accountant")).GetJson("/api/company");
            Assert.Equal(version + 3, published["version"]!.GetValue<int>());
            Assert.Null(published["profile"]!["logo"]);
            Assert.Equal(("Amtsgericht Charlottenburg HRB 99999", "DE89370400440532013000"),
                (published["profile"]!["invoiceFooter"]!.GetValue<string>(), published["profile"]!["bankAccount"]!["iban"]!.GetValue<string>()));
        }
        finally
        {
            await Json(await api.Put("/api/company", new { profile = before["profile"], comment = "back to the profile before the test" }), HttpStatusCode.OK);
            await Task.Delay(Grains.Company.CompanyProfiles.RefreshInterval); // so that no later test meets this test's profile
        }
    }

    [Fact]
    public async Task An_administrator_adds_an_operator_with_a_resource_disables_them_and_gives_a_new_password_that_signs_in()
    {
        var name = $"op{Guid.NewGuid():N}"[..14];
        app.SignIn("admin");
        app.Open("admin/users");
        app.WaitFor("[data-test=user-row]", "the users");
        app.AssertAccessible("the users page");

        app.WaitFor("[data-test=add-user]", "the add button").Click();
        Type("#account-user-name", name);
        Type("#user-display-name", "Olga Operator");
        Type("#user-resources", "sm-74-4");
        Type("#user-password", "Falzmaschine-Stahl-2026!");
        app.Tick("[data-test=user-role][data-role=Operator]", "the Operator role");
        app.WaitFor("[data-test=save-user]", "the save button", button => button.Enabled).Click();
        Type("#user-search", name);
        app.WaitForSearched("[data-test=user-row]", "data-user", name);
        app.WaitFor($"[data-test=user-row][data-user='{name}'][data-active=true]", "the new user in the list");

        app.ClickWhenSteady($"[data-test=edit-user][data-user='{name}']", "the user's change button");
        app.WaitFor("[data-test=toggle-active]", "the disable button").Click();
        app.WaitFor("[data-test=users]", "the disabled user gone from the active users", table => !table.Text.Contains(name));
        app.Tick("[data-test=show-disabled]", "the switch for disabled users");
        app.WaitFor($"[data-test=user-row][data-user='{name}'][data-active=false]", "the disabled user");
        app.ClickWhenSteady($"[data-test=edit-user][data-user='{name}']", "the user's change button");
        app.WaitFor("[data-test=toggle-active]", "the enable button").Click();
        app.WaitFor($"[data-test=user-row][data-user='{name}'][data-active=true]", "the user enabled again");
        app.ClickWhenSteady($"[data-test=edit-user][data-user='{name}']", "the user's change button");
        app.WaitFor("[data-test=reset-password]", "the new-password button").Click();
        var shown = app.WaitFor("[data-test=generated-password]", "the new password").Text;
        Assert.Empty(app.BrowserErrors());

        var admin = await LogIn(fixture.Api.Address, "admin");
        var user = (await admin.GetJson($"/api/users?text={name}"))["items"]!.AsArray().Single()!;
        Assert.Equal(["Operator"], Names(user["roles"]!));
        Assert.Equal(["sm-74-4"], Names(user["resources"]!));
        Assert.True(user["active"]!.GetValue<bool>());
        var password = System.Text.RegularExpressions.Regex.Match(shown, @":\s*(\S+)\.\s").Groups[1].Value;
        using var http = new HttpClient { BaseAddress = fixture.Api.Address };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = name, password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    private static string[] Names(JsonNode array) => [.. array.AsArray().Select(item => item!.GetValue<string>())];

    [Fact]
    public async Task An_administrator_adds_a_resource_with_its_calendar_and_a_scanner_station()
    {
        var id = $"folder-{Guid.NewGuid():N}"[..20];
        app.SignIn("admin");
        app.Open("admin/resources");
        app.WaitFor("[data-test=resource-row]", "the resources");
        app.WaitFor("[data-test=add-resource]", "the add button").Click();
        Type("#resource-id", id);
        Type("#resource-name", "Stahl TH 82");
        Type("#resource-kind", "folder");
        app.WaitFor("[data-test=add-period]", "the add-period button").Click();
        app.WaitFor("[data-test=add-period]", "the add-period button").Click();
        var holiday = app.WaitFor("#new-holiday", "the closure date");
        ((IJavaScriptExecutor)app.Driver).ExecuteScript(
            "arguments[0].value = '2026-12-31'; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", holiday);
        app.WaitFor("[data-test=add-holiday]", "the add-closure button", button => button.Enabled).Click();
        app.WaitFor("[data-test=holiday]", "the closure", chip => chip.Text.Contains("31/12/2026"));
        app.AssertAccessible("the resource editor");
        app.WaitFor("[data-test=save-resource]", "the save button", button => button.Enabled).Click();
        var hours = app.WaitFor($"[data-test=resource-row][data-id='{id}']", "the new resource").FindElement(By.XPath(".."))
            .FindElement(By.CssSelector("[data-test=resource-hours]")).Text;
        Assert.Equal("Mon 08:00–16:00; Tue 08:00–16:00", hours);

        var saved = (await (await LogIn(fixture.Api.Address, "planner")).Get("/api/resources")).Content.ReadAsStringAsync();
        var resource = JsonNode.Parse(await saved)!.AsArray().Single(item => item!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("folder", resource["kind"]!.GetValue<string>());
        Assert.Equal(["2026-12-31"], resource["calendar"]!["holidays"]!.AsArray().Select(day => day!.GetValue<string>()));

        var station = $"scanner-{Guid.NewGuid():N}"[..20];
        app.Open("admin/capture-points");
        app.WaitFor("[data-test=add-capture-point]", "the add button").Click();
        Type("#capture-id", station);
        app.Choose("[data-test=capture-kind]", "Scanner station");
        app.Choose("[data-test=capture-channel]", "scanner");
        app.AssertAccessible("the capture point editor");
        app.WaitFor("[data-test=save-capture-point]", "the save button", button => button.Enabled).Click();
        app.WaitFor($"[data-test=capture-point-row][data-id='{station}']", "the new scanner station");
        app.AssertAccessible("the capture points");
        Assert.Empty(app.BrowserErrors());
    }

    private IWebElement Rule(string id) => app.WaitFor($"[data-test=rule][data-rule-id='{id}']", $"rule {id}");

    /// <summary>Replaces what the field holds, as typing does.</summary>
    private void Type(string css, string text)
    {
        var field = app.WaitFor(css, $"the field {css}");
        field.SendKeys(Keys.Control + "a");
        field.SendKeys(text);
        app.WaitFor(css, $"the field {css} to hold '{text}'", element => element.GetAttribute("value") == text);
    }
}
