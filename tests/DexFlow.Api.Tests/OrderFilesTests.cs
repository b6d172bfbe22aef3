using System.Net;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>A manager attaches artwork and other files to an order; nobody else can, and each file is attached once.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderFilesTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_manager_attaches_artwork_to_their_draft_once_and_reads_it_back_and_nobody_else_attaches_or_reads_it()
    {
        var manager = await LogIn("manager");
        var other = await LogIn("manager2");
        var planner = await LogIn("planner");
        var number = (await Json(await manager.Post("/api/orders", OrderForms.Complete("Artwork GmbH")), HttpStatusCode.Created))["number"]!.GetValue<string>();
        var artwork = Sample("s003-po-p3.pdf");

        var first = await Json(await manager.Upload($"/api/orders/{number}/documents", [("flyer-front.pdf", artwork)]), HttpStatusCode.OK);
        var again = await Json(await manager.Upload($"/api/orders/{number}/documents", [("flyer-front.pdf", artwork)]), HttpStatusCode.OK);
        var byOther = await other.Upload($"/api/orders/{number}/documents", [("mine.pdf", artwork)]);
        var invoice = await manager.Upload($"/api/orders/{number}/documents", [("bill.pdf", artwork)], new Dictionary<string, string> { ["type"] = "Invoice" });

        var attached = Assert.Single(again["documents"]!.AsArray(), document => document!["source"]!.GetValue<string>() == "upload")!;
        var id = attached["documentId"]!.GetValue<string>();
        Assert.Equal(("Artwork", "flyer-front.pdf"), (attached["type"]!.GetValue<string>(), attached["fileName"]!.GetValue<string>()));
        Assert.Equal(first["version"]!.GetValue<long>(), again["version"]!.GetValue<long>());
        Assert.Equal(artwork, await (await manager.Get($"/api/orders/{number}/documents/{id}/content")).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/api/orders/{number}/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/orders/{number}/documents/{id}")).StatusCode);
        Assert.True((await Json(invoice, HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("type"));
        Assert.Contains("AttachFile", await manager.Http.GetStringAsync($"/api/orders/{number}/history"));
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
