using System.Net;
using Bunit;
using DexFlow.Web.Pages.Admin.PriceList;

namespace DexFlow.Web.Tests.Components;

public sealed class PriceListPageTests : PageTestContext
{
    private const string InForce = """
        {"version":5,"publishedBy":"ada","publishedAt":"2026-03-01T10:00:00Z","comment":"Spring prices","priceList":{
          "presses":[{"name":"SM 74-4","maxSheetWidthMm":530,"maxSheetHeightMm":740,"printingUnits":4,"makeReadyMinutesPerPlate":10,"sheetsPerHour":12000,"hourlyRate":145}],
          "paperStocks":[{"name":"offset-90","description":"Offset 90","grammage":90,"sheetWidthMm":450,"sheetHeightMm":640,"pricePer1000":38},
                         {"name":"gloss-135","description":"Gloss 135","grammage":135,"sheetWidthMm":450,"sheetHeightMm":640,"pricePer1000":62}],
          "platePrice":18,"makeReadyWasteSheetsPerPlate":25,"runningWastePercent":3,
          "finishing":[{"name":"cutting","resourceKind":"cutter","setupCost":15,"costPer1000":2.5,"unitsPerHour":12000,"setupMinutes":10}],
          "marginPercent":20,"vatPercent":19,"prepayment":{"newCustomers":true,"netThreshold":5000,"percent":30},
          "priceBreakFactors":[2,5],"prepressMinutesPerPlate":6,"packingMinutesPer1000":10}}
        """;

    private const string History = """
        [{"version":5,"publishedBy":"ada","publishedAt":"2026-03-01T10:00:00Z","comment":"Spring prices"}]
        """;

    public PriceListPageTests() => Api
        .OnJson(HttpMethod.Get, "/api/pricing/price-list", InForce)
        .OnJson(HttpMethod.Get, "/api/pricing/price-list/history", History);

    [Fact]
    public async Task A_problem_the_api_names_for_a_paper_stock_is_shown_in_that_row_at_its_field()
    {
        Api.OnJson(HttpMethod.Put, "/api/pricing/price-list", """
            {"type":"urn:dexflow:problem:validation","title":"The request has invalid fields.","status":400,
             "errors":{"paperStocks[1].pricePer1000":["Must not be negative."]}}
            """, HttpStatusCode.BadRequest);
        var page = await RenderAs<PriceListPage>("Administrator", "[data-test=paper-row]");

        page.Find("[data-test=paper-row][data-index='1'] input[data-test=paper-price]").Change("-62");
        page.Find("#publish-comment").Input("Typo");
        page.Find("button[data-test=publish]").Click();

        page.WaitForAssertion(() => Assert.Contains("Must not be negative.", page.Find("[data-test=paper-row][data-index='1']").TextContent));
        Assert.DoesNotContain("Must not be negative.", page.Find("[data-test=paper-row][data-index='0']").TextContent);
        Assert.Equal("true", page.Find("[data-test=paper-row][data-index='1'] input[data-test=paper-price]").GetAttribute("aria-invalid"));
        Assert.Equal("The request has invalid fields.", page.Find("[data-test=problem-title]").TextContent);
    }

    [Fact]
    public async Task Once_a_row_is_removed_the_problems_of_the_last_publication_stay_with_the_rows_they_were_about()
    {
        Api.OnJson(HttpMethod.Put, "/api/pricing/price-list", """
            {"type":"urn:dexflow:problem:validation","title":"The request has invalid fields.","status":400,
             "errors":{"paperStocks[0].name":["Listed twice."],"paperStocks[1].pricePer1000":["Must not be negative."],"presses[0].name":["Required."]}}
            """, HttpStatusCode.BadRequest);
        var page = await RenderAs<PriceListPage>("Administrator", "[data-test=paper-row]");
        page.Find("#publish-comment").Input("Typo");
        page.Find("button[data-test=publish]").Click();
        page.WaitForAssertion(() => Assert.Contains("Listed twice.", page.Find("[data-test=paper-row][data-index='0']").TextContent));

        page.Find("[data-test=paper-row][data-index='0'] [data-test=remove-row]").Click();

        var gloss = page.Find("[data-test=paper-row][data-index='0']");
        Assert.Equal("gloss-135", gloss.GetAttribute("data-name"));
        Assert.Contains("Must not be negative.", gloss.TextContent);
        Assert.DoesNotContain("Listed twice.", page.Markup);
        Assert.Contains("Required.", page.Find("[data-test=press-row][data-index='0']").TextContent);
    }

    [Fact]
    public async Task A_paper_price_changed_and_published_sends_the_whole_list_with_the_new_price()
    {
        Api.OnJson(HttpMethod.Put, "/api/pricing/price-list", InForce.Replace("\"version\":5", "\"version\":6"));
        var page = await RenderAs<PriceListPage>("Administrator", "[data-test=paper-row]");

        page.Find("[data-test=paper-row][data-index='1'] input[data-test=paper-price]").Change("64.5");
        page.Find("#publish-comment").Input("Gloss got dearer");
        page.Find("button[data-test=publish]").Click();

        var sent = Assert.Single(Api.JsonBodiesOf(HttpMethod.Put, "/api/pricing/price-list"))!;
        Assert.Equal("Gloss got dearer", sent["comment"]!.GetValue<string>());
        var papers = sent["priceList"]!["paperStocks"]!.AsArray();
        Assert.Equal(64.5m, papers[1]!["pricePer1000"]!.GetValue<decimal>());
        Assert.Equal(38m, papers[0]!["pricePer1000"]!.GetValue<decimal>());
        Assert.Equal([2, 5], sent["priceList"]!["priceBreakFactors"]!.AsArray().Select(factor => factor!.GetValue<int>()));
        Assert.Equal("SM 74-4", sent["priceList"]!["presses"]![0]!["name"]!.GetValue<string>());
        page.WaitForAssertion(() => Assert.Equal("Version 6 is in force.", page.Find("[data-test=published]").TextContent.Trim()));
    }

    [Fact]
    public async Task An_auditor_reads_the_price_list_without_anything_to_change_or_publish()
    {
        var page = await RenderAs<PriceListPage>("Auditor", "[data-test=paper-row]");

        Assert.Equal(2, page.FindAll("[data-test=paper-row]").Count);
        Assert.Empty(page.FindAll("[data-test=publish]"));
        Assert.Empty(page.FindAll("[data-test=add-paper]"));
        Assert.True(page.Find("[data-test=paper-row][data-index='1'] input[data-test=paper-price]").HasAttribute("readonly"));
        Assert.NotNull(page.Find("[data-test=read-only]"));
    }
}
