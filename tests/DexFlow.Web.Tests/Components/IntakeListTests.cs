using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Intake;

namespace DexFlow.Web.Tests.Components;

public sealed class IntakeListTests : ComponentTestContext
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Each_upload_shows_the_parcel_it_made_with_its_stage_linked_to_the_indexing_station()
    {
        IntakeItem[] items =
        [
            new("a", ["letter.png"], Parcel("p-000000000000000000000001", ParcelStage.ManualIndexing, reviewReasons: ["no readable text or barcode"]), null),
            new("b", ["scan-1.tif", "scan-2.tif"], Parcel("p-000000000000000000000002", ParcelStage.Indexing), null),
        ];

        var list = Render<IntakeList>(parameters => parameters.Add(l => l.Items, items));

        var rows = list.FindAll("[data-test=intake-item]");
        Assert.Equal(["p-000000000000000000000001", "p-000000000000000000000002"], rows.Select(row => row.GetAttribute("data-parcel")));
        Assert.Equal("indexing/p-000000000000000000000001", rows[0].QuerySelector("[data-test=parcel-link]")!.GetAttribute("href"));
        Assert.Equal("Needs hand indexing", rows[0].QuerySelector("[data-test=parcel-stage]")!.TextContent);
        Assert.Equal("no readable text or barcode", rows[0].QuerySelector("[data-test=review-reason]")!.TextContent);
        Assert.Contains("scan-1.tif, scan-2.tif", rows[1].TextContent);
        Assert.Equal("Indexing", rows[1].QuerySelector("[data-test=parcel-stage]")!.GetAttribute("data-stage"));
        Assert.NotNull(rows[1].QuerySelector("[aria-label='Being processed']"));
        Assert.Null(rows[0].QuerySelector("[aria-label='Being processed']"));
        Assert.Contains("Uploads in this session: 2", list.Find("caption").TextContent);
    }

    [Fact]
    public void A_refused_upload_shows_the_api_problem_with_the_fields_it_names_and_a_failed_file_its_reason()
    {
        var refused = new ApiProblem("urn:dexflow:problem:validation", "The request is not valid.", 400, null,
            new Dictionary<string, string[]> { ["files"] = ["At most 50 files in one upload."] });
        var failed = Parcel("p-000000000000000000000003", ParcelStage.Failed) with
        {
            Files = [new DocumentFile(0, "tool.exe", "application/octet-stream", null, "not a document DexFlow can read")],
            Failure = new ParcelFailure("Splitting", "no file of the parcel could be read", 1, At, true),
        };
        IntakeItem[] items = [new("a", ["many.pdf"], null, refused), new("b", ["tool.exe"], failed, null)];

        var list = Render<IntakeList>(parameters => parameters.Add(l => l.Items, items));

        var rows = list.FindAll("[data-test=intake-item]");
        Assert.Equal("The request is not valid.", rows[0].QuerySelector("[data-test=problem-title]")!.TextContent);
        Assert.Equal("files: At most 50 files in one upload.", rows[0].QuerySelector("[data-test=problem-field]")!.TextContent);
        Assert.Null(rows[0].QuerySelector("[data-test=parcel-link]"));
        Assert.Equal("tool.exe: not a document DexFlow can read", rows[1].QuerySelector("[data-test=file-problem]")!.TextContent);
        Assert.Equal("no file of the parcel could be read", rows[1].QuerySelector("[data-test=failure]")!.TextContent);
    }

    [Fact]
    public void Before_any_upload_the_list_says_so()
    {
        var list = Render<IntakeList>(parameters => parameters.Add(l => l.Items, []));

        Assert.Equal("Nothing uploaded yet in this session.", list.Find("[data-test=intake-empty]").TextContent);
        Assert.Empty(list.FindAll("table"));
    }

    internal static ParcelView Parcel(string id, ParcelStage stage, string[]? reviewReasons = null) => new(
        id, stage, 1, "rest-upload", CaptureChannel.Upload, At, At, "clerk", null,
        [new DocumentFile(0, "letter.png", "image/png", 1, null)], [],
        reviewReasons is null ? [] : [new ParcelDocumentView($"{id}-d1", 0, null, 0, "", [1], [], reviewReasons, null)],
        null, []);
}
