using System.Net;
using System.Text.Json;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Finding orders by their words: the words follow every edit of the fields they come from.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderSearchTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_order_is_found_by_its_title_as_edited_and_no_longer_by_the_old_one()
    {
        var manager = await LogIn(fixture.Api.Address, "manager");
        var (first, second) = (Word(), Word());
        var form = JsonSerializer.SerializeToNode(OrderForms.Complete($"Suchbar {Word()}"))!.AsObject();
        form["specification"]!["title"] = $"Flyer {first}";
        var created = await Json(await manager.Post("/api/orders", form), HttpStatusCode.Created);
        var number = created["number"]!.GetValue<string>();

        Assert.Equal([number], await Found(manager, first));

        form["specification"]!["title"] = $"Poster {second}";
        await Json(await manager.Put($"/api/orders/{number}", form, ("If-Match", await ETag(manager, number))), HttpStatusCode.OK);

        Assert.Empty(await Found(manager, first));
        Assert.Equal([number], await Found(manager, second));

        // An edit that changes no searched field leaves the words as they are.
        form["specification"]!["quantity"] = 7000;
        await Json(await manager.Put($"/api/orders/{number}", form, ("If-Match", await ETag(manager, number))), HttpStatusCode.OK);

        Assert.Equal([number], await Found(manager, second));
        Assert.Equal([number], await Found(manager, number));
    }

    private static string Word() => $"w{Guid.NewGuid():N}"[..12];

    private static async Task<string> ETag(DexFlowHttpClient client, string number) => (await client.Get($"/api/orders/{number}")).Headers.ETag!.Tag;

    private static async Task<string[]> Found(DexFlowHttpClient client, string text) =>
        [.. (await client.GetJson($"/api/orders?text={Uri.EscapeDataString(text)}&pageSize=50"))["items"]!.AsArray().Select(item => item!["number"]!.GetValue<string>())];
}
