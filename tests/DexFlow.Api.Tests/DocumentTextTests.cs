using System.Text;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;

namespace DexFlow.Api.Tests;

/// <summary>
/// A document's page text is kept where reading stored it, not in the parcel's state: the text view and search serve
/// it from there, and the parcel's stored state stays small however much its pages say.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentTextTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_pages_text_is_served_and_found_from_the_page_store_and_the_parcels_stored_state_holds_none_of_it()
    {
        var admin = await DexFlowHttpClient.LogIn(fixture.Api.Address, "admin");
        var location = (await admin.Upload("/api/parcels", [("s003-po-p3.pdf", Sample("s003-po-p3.pdf"))])).Headers.Location!.OriginalString;
        var parcel = await WaitForStage(admin, location, "Routed");
        var documentId = parcel["documents"]![0]!["id"]!.GetValue<string>();

        var page = (await admin.GetJson($"/api/documents/{documentId}/text"))["pages"]!.AsArray().Single()!;
        var text = page["text"]!.GetValue<string>();
        var word = text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token.All(char.IsLetter)).MaxBy(token => token.Length)!;

        Assert.True(word.Length >= 8, $"the purchase order has a long word: {text}");
        Assert.Equal(text.Length, parcel["pages"]![0]!["characters"]!.GetValue<int>());
        Assert.Equal(text, await Scalar<string>("SELECT text FROM dexflow.page_readings WHERE sha256 = @value AND page = 0",
            parcel["files"]![0]!["content"]!["sha256"]!.GetValue<string>()));
        var state = await Scalar<byte[]>("SELECT payload FROM orleans_storage WHERE grain_type = 'parcel' AND grain_id_extension = @value",
            parcel["id"]!.GetValue<string>());
        // The payload is searchable for text (it holds the file's name), but not for what the page says.
        Assert.True(state.AsSpan().IndexOf("s003-po-p3.pdf"u8) >= 0, "the parcel's stored state was found");
        Assert.True(state.AsSpan().IndexOf(Encoding.UTF8.GetBytes(word)) < 0, $"the parcel's state holds '{word}'");

        var hits = await Eventually.Get(
            async () => (await admin.GetJson($"/api/search?q={Uri.EscapeDataString(word)}&scope=Documents"))["items"]!.AsArray(),
            found => found.Any(hit => hit!["id"]!.GetValue<string>() == documentId), "the document to be found by a word of its page");
        Assert.Contains(hits.Single(hit => hit!["id"]!.GetValue<string>() == documentId)!["snippet"]!.AsArray(),
            part => part!["match"]!.GetValue<bool>() && part["text"]!.GetValue<string>().Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<T> Scalar<T>(string sql, string value)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("value", value);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
