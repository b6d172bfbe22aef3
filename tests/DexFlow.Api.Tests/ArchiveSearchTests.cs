using System.Net;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The archive search's filters on the order list: stages, day ranges in the shop's time zone, and amounts only where prices are seen.</summary>
[Collection(ApiCollection.Name)]
public sealed class ArchiveSearchTests(ApiFixture fixture)
{
    [Fact]
    public async Task Orders_are_filtered_by_stages_days_and_amount_and_an_amount_matches_only_orders_whose_prices_the_caller_sees()
    {
        var number = await OrderSteps.InReview(fixture.Api.Address, "Archive Search GmbH");
        var accountant = await LogIn(fixture.Api.Address, "accountant");
        var qa = await LogIn(fixture.Api.Address, "qa");
        var today = OrderSteps.Today;
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

        Assert.Equal([number], await Found(accountant, number, $"stages=InReview&stages=Approved&createdFrom={today}&createdTo={today}&minAmount=0.01"));
        Assert.Empty(await Found(accountant, number, "stages=Approved&stages=Scheduled"));
        Assert.Empty(await Found(accountant, number, $"createdTo={yesterday}"));
        Assert.Empty(await Found(accountant, number, $"completedFrom={yesterday}"));
        Assert.Empty(await Found(accountant, number, "maxAmount=0.01"));

        // QA sees the order but not its prices: an amount filter never matches it, so it cannot be used to learn them.
        Assert.Equal([number], await Found(qa, number, $"createdFrom={today}"));
        Assert.Empty(await Found(qa, number, "minAmount=0"));

        var backwards = await Json(await accountant.Get($"/api/orders?createdFrom={today}&createdTo={yesterday}"), HttpStatusCode.BadRequest);
        Assert.True(backwards["errors"]!.AsObject().ContainsKey("createdFrom"), backwards.ToJsonString());
    }

    private static async Task<string[]> Found(DexFlowHttpClient client, string number, string filters) =>
        [.. (await client.GetJson($"/api/orders?text={number}&{filters}"))["items"]!.AsArray().Select(item => item!["number"]!.GetValue<string>())];
}
