using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Intake;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

public sealed class IntakePageTests : ComponentTestContext
{
    private readonly FakeApi api = new();

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public IntakePageTests()
    {
        Services.AddSingleton(api.Client);
        Services.AddSingleton<TimeProvider>(clock);
        api.On(HttpMethod.Get, "/api/scanner-stations", new ScannerStation[] { new("scan-desk-1"), new("scan-desk-2") });
    }

    [Fact]
    public async Task Files_chosen_at_a_scanner_station_are_uploaded_as_its_scans_and_each_parcel_is_listed()
    {
        api.On(HttpMethod.Post, "/api/parcels", IntakeListTests.Parcel("p-000000000000000000000031", ParcelStage.Received), HttpStatusCode.Accepted);
        var page = Render<IntakePage>();
        var station = page.FindComponent<MudSelect<string>>();
        page.WaitForAssertion(() => Assert.Equal(["scan-desk-1", "scan-desk-2"], Stations(page)));
        Assert.DoesNotContain(api.Sent, request => request.Path.StartsWith("/api/capture-points", StringComparison.Ordinal));

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

    [Fact]
    public async Task More_files_together_than_one_upload_takes_are_refused_at_once_without_sending_them()
    {
        var page = Render<IntakePage>();
        var together = page.FindComponent<MudSwitch<bool>>();
        await page.InvokeAsync(() => together.Instance.ValueChanged.InvokeAsync(true));

        Picker(page).UploadFiles([.. Enumerable.Range(1, 51).Select(n => InputFileContent.CreateFromText("page", $"scan-{n}.png", contentType: "image/png"))]);

        page.WaitForAssertion(() => Assert.StartsWith("51 files are more than one upload takes (50)", page.Find("[data-test=intake-item] [data-test=problem-title]").TextContent));
        Assert.Single(page.FindAll("[data-test=intake-item]"));
        Assert.Empty(api.BodiesOf(HttpMethod.Post, "/api/parcels"));
    }

    [Fact]
    public async Task A_parcel_whose_follow_up_fails_is_shown_retrying_and_asked_about_again_later_until_it_settles()
    {
        const string id = "p-000000000000000000000032";
        var asked = 0;
        api.On(HttpMethod.Post, "/api/parcels", IntakeListTests.Parcel(id, ParcelStage.Received), HttpStatusCode.Accepted)
            .On(HttpMethod.Get, $"/api/parcels/{id}", _ => ++asked == 1
                ? FakeApi.Problem(HttpStatusCode.ServiceUnavailable, "DexFlow is starting.")
                : FakeApi.Json(IntakeListTests.Parcel(id, ParcelStage.ManualIndexing)));
        var page = Render<IntakePage>();
        Picker(page).UploadFiles(InputFileContent.CreateFromText("page", "scan.png", contentType: "image/png"));
        page.WaitForAssertion(() => Assert.Equal("Received", page.Find("[data-test=intake-item]").GetAttribute("data-stage")));
        await page.InvokeAsync(() => { });

        clock.Advance(TimeSpan.FromSeconds(3));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=follow-retrying]")));
        clock.Advance(TimeSpan.FromSeconds(3));
        await page.InvokeAsync(() => { });
        Assert.Equal(1, asked);
        clock.Advance(TimeSpan.FromSeconds(3));

        page.WaitForAssertion(() => Assert.Equal("ManualIndexing", page.Find("[data-test=intake-item]").GetAttribute("data-stage")));
        Assert.Empty(page.FindAll("[data-test=follow-retrying]"));
        Assert.Equal(2, asked);
    }

    private static IRenderedComponent<InputFile> Picker(IRenderedComponent<IntakePage> page) =>
        page.FindComponents<InputFile>().Single(input => Equals(input.Instance.AdditionalAttributes?["id"], "intake-files"));

    private static IEnumerable<string?> Stations(IRenderedComponent<IntakePage> page) =>
        page.FindComponents<MudSelectItem<string>>().Select(item => item.Instance.Value).Where(value => value is not null);
}
