using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Documents uploaded over REST become parcels that split, read, classify and route themselves.</summary>
[Collection(ApiCollection.Name)]
public sealed class ParcelIntakeTests(ApiFixture fixture)
{
    private static readonly TimeSpan Indexing = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task An_uploaded_scan_is_acknowledged_then_read_classified_and_routed_to_its_order()
    {
        var clerk = await LogIn("clerk");
        var bytes = Sample("s007-price-sheet.tif");

        var accepted = await clerk.Upload("/api/parcels", [("s007-price-sheet.tif", bytes)]);
        var parcel = await Json(accepted, HttpStatusCode.Accepted);
        var location = accepted.Headers.Location!.OriginalString;
        var routed = await WaitForStage(clerk, location, "Routed");

        var document = routed["documents"]![0]!;
        Assert.Equal("PriceSheet", document["type"]!.GetValue<string>());
        Assert.Equal(("AttachToOrder", "2026-000101"), (document["route"]!["kind"]!.GetValue<string>(), document["route"]!["orderNumber"]!.GetValue<string>()));
        Assert.Contains(document["fields"]!.AsArray(), field => field!["name"]!.GetValue<string>() == "order_number" && field["source"]!.GetValue<string>() == "barcode");
        Assert.Equal("image/tiff", routed["files"]![0]!["mediaType"]!.GetValue<string>());
        Assert.StartsWith("/api/parcels/p-", location);
        Assert.Equal(parcel["id"]!.GetValue<string>(), routed["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(256 * 1024 - 1)]
    [InlineData(256 * 1024)]
    [InlineData(256 * 1024 + 1)]
    [InlineData(3 * 256 * 1024 + 100)]
    public async Task A_file_is_stored_whole_whether_it_arrives_in_one_piece_or_several(int length)
    {
        // Files up to one upload piece (256 KiB) are stored in one call, larger ones piece by piece: the stored
        // content must be the file, byte for byte, on both paths and at the boundary between them.
        var clerk = await LogIn("clerk");
        var bytes = RandomNumberGenerator.GetBytes(length);

        var parcel = await Json(await clerk.Upload("/api/parcels", [("scan.bin", bytes)]), HttpStatusCode.Accepted);

        var content = parcel["files"]![0]!["content"]!;
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)length),
            (content["sha256"]!.GetValue<string>(), content["length"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Any_document_can_be_retrieved_whole_by_range_and_as_page_images()
    {
        var clerk = await LogIn("clerk");
        var admin = await LogIn("admin");
        var bytes = Sample("s021-paper-datasheet.png");
        var location = (await clerk.Upload("/api/parcels", [("datasheet.png", bytes)])).Headers.Location!.OriginalString;
        var routed = await WaitForStage(clerk, location, "Routed");
        var documentId = routed["documents"]![0]!["id"]!.GetValue<string>();

        var metadata = await admin.GetJson($"/api/documents/{documentId}");
        var whole = await admin.Get($"/api/documents/{documentId}/content");
        var range = await admin.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{documentId}/content") { Headers = { Range = new RangeHeaderValue(100, 199) } });
        var image = await admin.Get($"/api/documents/{documentId}/pages/1/image?width=600");

        Assert.Equal("image/png", metadata["file"]!["mediaType"]!.GetValue<string>());
        Assert.Equal("image/png", whole.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await whole.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(bytes[100..200], await range.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await image.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Get($"/api/documents/{documentId}/pages/2/image")).StatusCode);
    }

    [Fact]
    public async Task A_batch_scan_is_split_at_separator_sheets_and_order_barcodes_as_its_truth_says()
    {
        var clerk = await LogIn("clerk");
        foreach (var sample in new[] { "s022-multi.tif", "s024-multi.tif", "s025-multi.pdf" })
        {
            var truth = Truth(sample);
            var location = (await clerk.Upload("/api/parcels", [(sample, Sample(sample))])).Headers.Location!.OriginalString;
            var routed = await WaitForStage(clerk, location, "Routed");

            var expected = truth["documents"]!.AsArray().Select(document => string.Join(",", document!["pages"]!.AsArray().Select(page => page!.GetValue<int>())));
            var actual = routed["documents"]!.AsArray().Select(document => string.Join(",", document!["pages"]!.AsArray().Select(page => page!.GetValue<int>())));
            Assert.Equal(expected, actual);
            var separators = truth["pages"]!.AsArray().Where(page => page!["role"]!.GetValue<string>() == "separator").Select(page => page!["page"]!.GetValue<int>());
            Assert.Equal(separators, routed["pages"]!.AsArray().Where(page => page!["role"]!.GetValue<string>() == "Separator").Select(page => page!["number"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task The_same_upload_with_the_same_idempotency_key_makes_one_parcel()
    {
        var clerk = await LogIn("clerk");
        var key = Guid.NewGuid().ToString();
        var bytes = Sample("s011-confirmation.png");

        var first = await clerk.Upload("/api/parcels", [("a.png", bytes)], null, ("Idempotency-Key", key));
        var again = await clerk.Upload("/api/parcels", [("a.png", bytes)], null, ("Idempotency-Key", key));
        var other = await clerk.Upload("/api/parcels", [("b.png", Sample("s021-paper-datasheet.png"))], null, ("Idempotency-Key", key));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("urn:dexflow:problem:idempotency-key-reused", (await Json(other, HttpStatusCode.UnprocessableEntity))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_file_or_a_request_without_files_is_refused_with_a_problem()
    {
        var clerk = await LogIn("clerk");

        var empty = await Json(await clerk.Upload("/api/parcels", [("empty.pdf", [])]), HttpStatusCode.BadRequest);
        var none = await Json(await clerk.Upload("/api/parcels", [], new Dictionary<string, string> { ["note"] = "no files" }), HttpStatusCode.BadRequest);
        var json = await Json(await clerk.SendRaw(HttpMethod.Post, "/api/parcels", "{}"), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("empty", empty["detail"]!.GetValue<string>());
        Assert.Equal("urn:dexflow:problem:validation", none["type"]!.GetValue<string>());
        Assert.Equal("urn:dexflow:problem:unsupported-media-type", json["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("s037-truncated-png.png")]
    [InlineData("s038-truncated-pdf.pdf")]
    [InlineData("s039-broken-xref.pdf")]
    [InlineData("s040-tiff-bomb.tif")]
    [InlineData("s041-png-as-pdf.pdf")]
    [InlineData("s042-eml-path-traversal.eml")]
    [InlineData("s043-eml-broken-boundary.eml")]
    [InlineData("s044-encrypted-pdf.pdf")]
    [InlineData("s045-huge-image.png")]
    [InlineData("s046-exif-rotated.jpg")]
    public async Task Broken_and_hostile_files_end_in_a_visible_failure_or_route_as_a_robust_reader_would(string sample)
    {
        var clerk = await LogIn("clerk");
        var truth = Truth("bad/" + sample);
        var acceptable = truth["acceptable_routing"]!.AsArray().Select(route => route!.GetValue<string>()).ToArray();

        var location = (await clerk.Upload("/api/parcels", [(sample, Sample("bad/" + sample))])).Headers.Location!.OriginalString;
        var done = await Eventually.Get(() => clerk.GetJson(location), parcel => parcel["stage"]!.GetValue<string>() is "Routed" or "Failed" or "ManualIndexing",
            $"{sample} to finish", Indexing);

        var outcome = done["stage"]!.GetValue<string>() switch
        {
            "Failed" => "rejected_bad_input",
            "ManualIndexing" => "manual_indexing",
            _ => RouteOf(done["documents"]![0]!["route"]!),
        };
        Assert.Contains(outcome, acceptable);
        if (outcome == "rejected_bad_input")
        {
            Assert.True(done["failure"]!["reason"]!.GetValue<string>().Length > 10);
            Assert.True(done["failure"]!["permanent"]!.GetValue<bool>());
        }

        Assert.DoesNotContain(done["files"]!.AsArray(), file => file!["fileName"]!.GetValue<string>().Contains('/') || file["fileName"]!.GetValue<string>().Contains(".."));
    }

    [Fact]
    public async Task Parcels_are_seen_only_by_clerks_administrators_auditors_and_their_submitter()
    {
        var manager = await LogIn("manager");
        var location = (await manager.Upload("/api/parcels", [("artwork.jpg", Sample("s008-proof.jpg"))])).Headers.Location!.OriginalString;

        Assert.Equal(HttpStatusCode.OK, (await manager.Get(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await LogIn("manager2")).Get(location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await LogIn("auditor")).Get(location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("planner")).Get("/api/indexing/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("auditor")).Upload("/api/parcels", [("x.png", Sample("s008-proof.jpg"))])).StatusCode);
    }

    [Fact]
    public async Task A_page_automation_cannot_read_waits_for_a_clerk_whose_corrections_route_it()
    {
        var clerk = await LogIn("clerk");
        var order = SampleOrders.Numbers[0];
        var location = (await clerk.Upload("/api/parcels", [("handwritten.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        var waiting = await WaitForStage(clerk, location, "ManualIndexing");
        var id = waiting["id"]!.GetValue<string>();
        // The queue is read from the parcel read model, which follows the parcel within moments.
        var queue = await Eventually.Get(
            async () => System.Text.Json.Nodes.JsonNode.Parse(await clerk.Http.GetStringAsync("/api/indexing/queue"))!["items"]!.AsArray(),
            items => items.Any(item => item!["id"]!.GetValue<string>() == id), $"parcel {id} in the clerks' queue");

        var forbidden = await (await LogIn("auditor")).Post($"{location}/corrections", new { documents = Array.Empty<object>() });
        var corrected = await Json(await clerk.Post($"{location}/corrections", new
        {
            documents = new[] { new { index = 0, type = "Correspondence", fields = new Dictionary<string, string> { ["order_number"] = order } } },
        }), HttpStatusCode.OK);
        var again = await clerk.Post($"{location}/corrections", new { documents = Array.Empty<object>() });

        Assert.Equal("no readable text or barcode", waiting["documents"]![0]!["reviewReasons"]![0]!.GetValue<string>());
        Assert.Contains(queue, item => item!["id"]!.GetValue<string>() == id && item["reason"]!.GetValue<string>() == "no readable text or barcode");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("Routed", corrected["stage"]!.GetValue<string>());
        Assert.Equal(("AttachToOrder", order), (corrected["documents"]![0]!["route"]!["kind"]!.GetValue<string>(), corrected["documents"]![0]!["route"]!["orderNumber"]!.GetValue<string>()));
        Assert.Contains(corrected["history"]!.AsArray(), entry => entry!["action"]!.GetValue<string>() == "Correct" && entry["actorId"]!.GetValue<string>() == "clerk");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("s026-email.eml")]
    [InlineData("s027-email.eml")]
    [InlineData("s028-email.eml")]
    [InlineData("s029-email.eml")]
    [InlineData("s030-email.eml")]
    [InlineData("s031-email.eml")]
    public async Task An_email_becomes_a_parcel_of_its_attachments_routed_as_its_truth_says(string sample)
    {
        var clerk = await LogIn("clerk");
        var truth = Truth(sample);

        var location = (await clerk.Upload("/api/parcels", [(sample, Sample(sample))])).Headers.Location!.OriginalString;
        var routed = await WaitForStage(clerk, location, "Routed");

        var expected = truth["documents"]!.AsArray().Select(document => document!["expected_routing"]!.GetValue<string>()).Order();
        Assert.Equal(expected, routed["documents"]!.AsArray().Select(document => RouteOf(document!["route"]!)).Order());
        Assert.Equal(truth["email"]!["subject"]!.GetValue<string>(), routed["details"]!["subject"]!.GetValue<string>());
    }

    internal static string RouteOf(JsonNode route) => route["kind"]!.GetValue<string>() switch
    {
        "AttachToOrder" => "attach_to_order:" + route["orderNumber"]!.GetValue<string>(),
        "NewOrderDraft" => "new_order_draft",
        "Inbox" when route["role"]!.GetValue<string>() == "Accountant" => "accounting_inbox",
        "Inbox" => "inbox:" + route["role"]!.GetValue<string>(),
        "ManualIndexing" => "manual_indexing",
        _ => "exception",
    };

    /// <summary>The value of an extracted field of a parcel's document, or null when it was not found.</summary>
    internal static string? FieldValue(JsonArray fields, string name) =>
        fields.SingleOrDefault(field => field!["name"]!.GetValue<string>() == name)?["value"]?.GetValue<string>();

    internal static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(SharedData.Samples, name));

    internal static JsonNode Truth(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.Samples, Path.ChangeExtension(name, null) + ".truth.json")))!;

    /// <summary>Waits until the parcel (which may not exist yet) reaches <paramref name="stage"/>; fails early when it stops elsewhere.</summary>
    internal static async Task<JsonObject> WaitForStage(DexFlowHttpClient client, string location, string stage)
    {
        var parcel = await Eventually.Get(
            async () => await client.Get(location) is { StatusCode: HttpStatusCode.OK } found ? await Json(found, HttpStatusCode.OK) : null,
            parcel => parcel?["stage"]!.GetValue<string>() is { } now && (now == stage || now is "Failed" or "ManualIndexing" or "Routed"),
            $"{location} to reach {stage}", Indexing);
        return parcel!["stage"]!.GetValue<string>() == stage
            ? parcel
            : throw new Xunit.Sdk.XunitException($"{location} ended {parcel["stage"]}: {parcel["failure"]?.ToJsonString()} " +
                string.Join("; ", parcel["documents"]!.AsArray().Select(document => document!["reviewReasons"]!.ToJsonString())));
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
