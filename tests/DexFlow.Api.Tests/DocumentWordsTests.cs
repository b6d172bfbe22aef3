using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;

namespace DexFlow.Api.Tests;

/// <summary>
/// The words of a document with their boxes, for highlights on its page images: from a PDF's own text and from OCR,
/// the same words as the document's text, placed on the page, for whoever may open the document and no one else.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentWordsTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("s003-po-p3.pdf", "TextLayer")]
    [InlineData("s021-paper-datasheet.png", "Ocr")]
    public async Task A_documents_words_are_its_text_with_boxes_on_the_page_and_each_read_is_audited(string sample, string source)
    {
        var clerk = await LogIn("clerk");
        var auditor = await LogIn("auditor");
        var documentId = await Upload(clerk, sample);

        var text = (await clerk.GetJson($"/api/documents/{documentId}/text"))["pages"]![0]!["text"]!.GetValue<string>();
        var page = (await clerk.GetJson($"/api/documents/{documentId}/words"))["pages"]!.AsArray().Single()!;
        var words = page["words"]!.AsArray().Select(word => word!.AsObject()).ToArray();

        Assert.Equal(1, page["page"]!.GetValue<int>());
        Assert.Equal(source, page["source"]!.GetValue<string>());
        Assert.Equal(Tokens(text), Tokens(string.Join(' ', words.Select(word => word["text"]!.GetValue<string>()))));
        Assert.All(words, word =>
        {
            var (left, top, width, height) = Box(word);
            Assert.InRange(left, 0, 1);
            Assert.InRange(top, 0, 1);
            Assert.InRange(width, 0.0001, 1 - left);
            Assert.InRange(height, 0.0001, 1 - top);
            Assert.InRange(word["confidence"]!.GetValue<int>(), 0, 100);
        });
        // Reading order runs down the page: the first line stands above the last.
        Assert.True(Box(words[0]).Top < Box(words[^1]).Top, $"first word at {Box(words[0])}, last at {Box(words[^1])}");
        if (source == "TextLayer")
        {
            Assert.All(words, word => Assert.Equal(100, word["confidence"]!.GetValue<int>()));
        }
        else
        {
            Assert.True(words.Average(word => word["confidence"]!.GetValue<int>()) > 70, "a clean scan reads with confidence");
        }

        var reads = (await auditor.GetJson($"/api/audit?objectType=Document&object={documentId}"))["items"]!.AsArray();
        Assert.Contains(reads, read => read!["action"]!.GetValue<string>() == "ReadWords" && read["actorId"]!.GetValue<string>() == "clerk");
    }

    [Fact]
    public async Task Words_are_not_shown_to_whoever_may_not_open_the_document()
    {
        var documentId = await Upload(await LogIn("clerk"), "s003-po-p3.pdf");
        var planner = await LogIn("planner");

        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/documents/{documentId}/words")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/documents/{documentId}/text")).StatusCode);
    }

    [Fact]
    public async Task A_page_whose_words_were_not_kept_is_read_again_when_they_are_asked_for()
    {
        var clerk = await LogIn("clerk");
        var documentId = await Upload(clerk, "s021-paper-datasheet.png");
        var before = (await clerk.GetJson($"/api/documents/{documentId}/words"))["pages"]!.ToJsonString();

        await using (var forget = fixture.Database.DataSource.CreateCommand("DELETE FROM dexflow.page_readings WHERE sha256 = @sha256"))
        {
            forget.Parameters.AddWithValue("sha256", Convert.ToHexStringLower(SHA256.HashData(Sample("s021-paper-datasheet.png"))));
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        Assert.Equal(before, (await clerk.GetJson($"/api/documents/{documentId}/words"))["pages"]!.ToJsonString());
    }

    private static async Task<string> Upload(DexFlowHttpClient clerk, string sample)
    {
        var location = (await clerk.Upload("/api/parcels", [(sample, Sample(sample))])).Headers.Location!.OriginalString;
        var parcel = await WaitForStage(clerk, location, "Routed");
        return parcel["documents"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The words of a text in order of spelling: a text is in reading order, its words with boxes need not be.</summary>
    private static string[] Tokens(string text) =>
        [.. text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static (double Left, double Top, double Width, double Height) Box(JsonObject word) =>
        (word["left"]!.GetValue<double>(), word["top"]!.GetValue<double>(), word["width"]!.GetValue<double>(), word["height"]!.GetValue<double>());

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
