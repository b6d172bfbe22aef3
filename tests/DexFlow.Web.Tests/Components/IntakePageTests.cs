using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Intake;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

public sealed class IntakePageTests : ComponentTestContext
{
    private readonly FakeApi api = new();

    public IntakePageTests()
    {
        Services.AddSingleton(api.Client);
        api.On(HttpMethod.Get, "/api/capture-points", new CapturePointView[]
        {
            new CapturePointView("scan-desk-2", CaptureKind.ScannerStation, true, CaptureChannel.Scanner, TimeSpan.FromMinutes(1), null, null, new CaptureStatistics(0, 0, null, null, null)),
            new CapturePointView("scan-desk-1", CaptureKind.ScannerStation, true, CaptureChannel.Scanner, TimeSpan.FromMinutes(1), null, null, new CaptureStatistics(0, 0, null, null, null)),
            new CapturePointView("scan-old", CaptureKind.ScannerStation, false, CaptureChannel.Scanner, TimeSpan.FromMinutes(1), null, null, new CaptureStatistics(0, 0, null, null, null)),
            new CapturePointView("orders-mailbox", CaptureKind.Imap, true, CaptureChannel.Email, TimeSpan.FromMinutes(1), null, null, new CaptureStatistics(0, 0, null, null, null)),
        });
    }

    [Fact]
    public async Task Files_chosen_at_a_scanner_station_are_uploaded_as_its_scans_and_each_parcel_is_listed()
    {
        api.On(HttpMethod.Post, "/api/parcels", IntakeListTests.Parcel("p-000000000000000000000031", ParcelStage.Received), HttpStatusCode.Accepted);
        var page = Render<IntakePage>();
        var station = page.FindComponent<MudSelect<string>>();
        page.WaitForAssertion(() => Assert.Equal(["scan-desk-1", "scan-desk-2"], Stations(page)));

        await page.InvokeAsync(() => station.Instance.ValueChanged.InvokeAsync("scan-desk-1"));
        Picker(page).UploadFiles(InputFileContent.CreateFromText("first page", "scan-1.png", contentType: "image/png"),
            InputFileContent.CreateFromText("second page", "scan-2.png", contentType: "image/png"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=intake-item]").Count));
        var uploads = api.BodiesOf(HttpMethod.Post, "/api/parcels").ToArray();
        Assert.Equal(2, uploads.Length);
        Assert.All(uploads, body => Assert.Contains("name=stationId\r\n\r\nscan-desk-1", body));
        Assert.Contains("filename=scan-1.png", uploads[0]);
        Assert.Contains("filename=scan-2.png", uploads[1]);
        Assert.Equal(["scan-2.png", "scan-1.png"], page.FindAll("[data-test=intake-item] td:first-child").Select(cell => cell.TextContent));
    }

    [Fact]
    public void An_upload_the_api_refuses_is_listed_with_its_problem()
    {
        api.Refuse(HttpMethod.Post, "/api/parcels", HttpStatusCode.BadRequest, "The request is not valid.",
            new() { ["files"] = ["At most 50 files in one upload."] });
        var page = Render<IntakePage>();

        Picker(page).UploadFiles(InputFileContent.CreateFromText("page", "scan.png", contentType: "image/png"));

        page.WaitForAssertion(() => Assert.Equal("files: At most 50 files in one upload.", page.Find("[data-test=intake-item] [data-test=problem-field]").TextContent));
        Assert.DoesNotContain("name=stationId", api.BodiesOf(HttpMethod.Post, "/api/parcels").Single());
    }

    private static IRenderedComponent<InputFile> Picker(IRenderedComponent<IntakePage> page) =>
        page.FindComponents<InputFile>().Single(input => Equals(input.Instance.AdditionalAttributes?["id"], "intake-files"));

    private static IEnumerable<string?> Stations(IRenderedComponent<IntakePage> page) =>
        page.FindComponents<MudSelectItem<string>>().Select(item => item.Instance.Value).Where(value => value is not null);
}
