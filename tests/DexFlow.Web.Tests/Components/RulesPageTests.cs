using System.Net;
using Bunit;
using DexFlow.Web.Pages.Admin.Rules;

namespace DexFlow.Web.Tests.Components;

public sealed class RulesPageTests : PageTestContext
{
    private const string Parcel = "p-0123456789abcdef01234567";

    private const string InForce = """
        {"version":3,"publishedBy":"ada","publishedAt":"2026-03-01T10:00:00Z","comment":"Start","rules":{"rules":[
          {"id":"order-barcode","description":"A DXF-O- barcode names the order","enabled":true,"continue":false,
           "conditions":[{"fact":"barcode","operator":"matches","value":"^DXF-O-"}],"actions":[{"kind":"attachToOrder","orderFrom":"barcode"}]},
          {"id":"supplier-invoice","description":"Suppliers' invoices go to accounting","enabled":true,"continue":false,
           "conditions":[{"fact":"documentType","operator":"in","value":"Invoice,CreditNote"}],"actions":[{"kind":"sendToInbox","role":"Accountant"}]},
          {"id":"everything-else","description":"No rule claims it","enabled":true,"continue":false,
           "conditions":[],"actions":[{"kind":"exception","reason":"no rule claims this document"}]}]}}
        """;

    private const string History = """
        [{"version":3,"publishedBy":"ada","publishedAt":"2026-03-01T10:00:00Z","comment":"Start"},
         {"version":2,"publishedBy":"ada","publishedAt":"2026-02-01T10:00:00Z","comment":"Earlier"}]
        """;

    private const string DecidedInForce = """
        [{"outcome":"AttachToOrder","orderNumber":"2026-000001","priority":0,"ruleSetVersion":3,"ruleId":"order-barcode","matchedRules":["order-barcode"],"reason":"rule 'order-barcode'"},
         {"outcome":"Exception","priority":0,"ruleSetVersion":3,"ruleId":"everything-else","matchedRules":["everything-else"],"reason":"no rule claims this document"}]
        """;

    private const string DecidedByDraft = """
        [{"outcome":"AttachToOrder","orderNumber":"2026-000001","priority":0,"ruleSetVersion":0,"ruleId":"order-barcode","matchedRules":["order-barcode"],"reason":"rule 'order-barcode'"},
         {"outcome":"Inbox","role":"Accountant","priority":0,"ruleSetVersion":0,"ruleId":"supplier-invoice","matchedRules":["supplier-invoice"],"reason":"rule 'supplier-invoice'"}]
        """;

    public RulesPageTests() => Api
        .OnJson(HttpMethod.Get, "/api/routing/rules", InForce)
        .OnJson(HttpMethod.Get, "/api/routing/rules/history", History);

    [Fact]
    public async Task A_rule_edited_and_published_sends_the_whole_draft_with_the_change_and_the_reason()
    {
        Api.OnJson(HttpMethod.Put, "/api/routing/rules", InForce.Replace("\"version\":3", "\"version\":4"));
        var page = await RenderAs<RulesPage>("Administrator", "[data-test=versions]");

        page.Find("#rule-1-c0-value").Input("Invoice,CreditNote,PriceList");
        page.Find("#publish-comment").Input("Price lists from suppliers go to accounting too");
        page.Find("button[data-test=publish]").Click();

        // Publishing is asynchronous: on a busy machine the request may leave after the click returns.
        page.WaitForAssertion(() => Assert.NotEmpty(Api.JsonBodiesOf(HttpMethod.Put, "/api/routing/rules")));
        var sent = Assert.Single(Api.JsonBodiesOf(HttpMethod.Put, "/api/routing/rules"))!;
        Assert.Equal("Price lists from suppliers go to accounting too", sent["comment"]!.GetValue<string>());
        var rules = sent["rules"]!["rules"]!.AsArray();
        Assert.Equal(["order-barcode", "supplier-invoice", "everything-else"], rules.Select(rule => rule!["id"]!.GetValue<string>()));
        Assert.Equal("Invoice,CreditNote,PriceList", rules[1]!["conditions"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("^DXF-O-", rules[0]!["conditions"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("Accountant", rules[1]!["actions"]![0]!["role"]!.GetValue<string>());
        page.WaitForAssertion(() => Assert.Equal("Version 4 is in force.", page.Find("[data-test=published]").TextContent.Trim()));
    }

    [Fact]
    public async Task A_dry_run_shows_what_the_draft_decides_beside_what_the_rules_in_force_decide_for_each_document()
    {
        Api.On(HttpMethod.Post, "/api/routing/dry-run", request => FakeApi.RawJson(request.Json["rules"] is null ? DecidedInForce : DecidedByDraft));
        var page = await RenderAs<RulesPage>("Administrator", "[data-test=versions]");

        page.Find("#rule-1-c0-value").Input("Invoice,CreditNote,Correspondence");
        page.Find("#dry-run-target").Input($"{Parcel}-d2");
        page.Find("button[data-test=dry-run]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=dry-run-row]").Count));
        var sent = Api.JsonBodiesOf(HttpMethod.Post, "/api/routing/dry-run");
        Assert.Equal(2, sent.Count);
        Assert.All(sent, body => Assert.Equal(Parcel, body!["parcelId"]!.GetValue<string>()));
        var draft = Assert.Single(sent, body => body!["rules"] is not null)!;
        Assert.Equal("Invoice,CreditNote,Correspondence", draft["rules"]!["rules"]![1]!["conditions"]![0]!["value"]!.GetValue<string>());

        var unchanged = page.Find($"[data-test=dry-run-row][data-document='{Parcel}-d1']");
        Assert.Equal("false", unchanged.GetAttribute("data-changed"));
        var changed = page.Find($"[data-test=dry-run-row][data-document='{Parcel}-d2']");
        Assert.Equal("true", changed.GetAttribute("data-changed"));
        Assert.Equal("true", changed.GetAttribute("aria-current"));
        var current = changed.QuerySelector("[data-test=dry-run-current]")!.TextContent;
        var withDraft = changed.QuerySelector("[data-test=dry-run-draft]")!.TextContent;
        Assert.Contains("Exception", current);
        Assert.Contains("by rule everything-else", current);
        Assert.Contains("Inbox", withDraft);
        Assert.Contains("Accountant", withDraft);
        Assert.Contains("by rule supplier-invoice", withDraft);
    }

    [Fact]
    public async Task A_problem_the_api_names_for_a_rule_is_shown_on_that_rule_at_its_field()
    {
        Api.OnJson(HttpMethod.Put, "/api/routing/rules", """
            {"type":"urn:dexflow:problem:validation","title":"The request has invalid fields.","status":400,
             "errors":{"rules[1].conditions[0].value":["Not a valid regular expression: unterminated [] set."]}}
            """, HttpStatusCode.BadRequest);
        var page = await RenderAs<RulesPage>("Administrator", "[data-test=versions]");

        page.Find("#rule-1-c0-value").Input("[unclosed");
        page.Find("#publish-comment").Input("Try a pattern");
        page.Find("button[data-test=publish]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=rule][data-index='1'] [data-test=rule-problem]")));
        var problem = page.Find("[data-test=rule][data-index='1'] [data-test=rule-problem]");
        Assert.Equal("rules[1].conditions[0].value", problem.GetAttribute("data-field"));
        Assert.Contains("Not a valid regular expression", problem.TextContent);
        Assert.Contains("Not a valid regular expression",
            page.Find("[data-test=rule][data-index='1'] [data-test=condition][data-index='0'] .mud-input-helper-text").TextContent);
        Assert.Empty(page.FindAll("[data-test=rule][data-index='0'] [data-test=rule-problem]"));
        Assert.Empty(page.FindAll("[data-test=rule][data-index='2'] [data-test=rule-problem]"));
        Assert.Empty(Api.JsonBodiesOf(HttpMethod.Get, "/api/routing/rules").Skip(1));
    }

    [Fact]
    public async Task An_auditor_reads_the_rules_but_is_offered_no_change_no_trial_and_no_publishing()
    {
        var page = await RenderAs<RulesPage>("Auditor", "[data-test=versions]");

        Assert.Equal(3, page.FindAll("[data-test=rule]").Count);
        Assert.NotNull(page.Find("[data-test=read-only]"));
        Assert.Empty(page.FindAll("[data-test=publish]"));
        Assert.Empty(page.FindAll("[data-test=add-rule]"));
        Assert.Empty(page.FindAll("[data-test=dry-run]"));
        Assert.Empty(page.FindAll("[data-test=remove-rule]"));
        Assert.True(page.Find("#rule-1-c0-value").HasAttribute("readonly"));
        Assert.Equal(2, page.FindAll("[data-test=version-row]").Count);
    }
}
