using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class ParcelTableTests : ComponentTestContext
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeApi api = new();

    public ParcelTableTests() => Services.AddSingleton(api.Client);

    [Fact]
    public void A_failed_parcel_shows_its_reason_and_a_retry_whose_conflict_is_shown_on_its_row()
    {
        const string failed = "p-000000000000000000000011";
        const string stale = "p-000000000000000000000012";
        api.On(HttpMethod.Post, $"/api/parcels/{failed}/retry", IntakeListTests.Parcel(failed, ParcelStage.Splitting))
            .Refuse(HttpMethod.Post, $"/api/parcels/{stale}/retry", HttpStatusCode.Conflict, "The parcel cannot retry in stage Routing.");
        ParcelSummary[] items =
        [
            new(failed, ParcelStage.Failed, "rest-upload", CaptureChannel.Upload, At, At, 0, "the content store did not answer", "Clerk", null),
            new(stale, ParcelStage.Failed, "fax-in", CaptureChannel.Fax, At, At, 1, "page could not be decoded", null, null),
            new("p-000000000000000000000013", ParcelStage.ManualIndexing, "rest-upload", CaptureChannel.Upload, At, At, 1, "no readable text or barcode", null, null),
        ];
        var table = Render<ParcelTable>(parameters => parameters.Add(t => t.Items, items).Add(t => t.Total, 3));

        Assert.Equal("the content store did not answer", Row(table, failed).QuerySelector("[data-test=reason]")!.TextContent);
        Assert.Equal("indexing/p-000000000000000000000013", Row(table, "p-000000000000000000000013").QuerySelector("[data-test=index]")!.GetAttribute("href"));
        Assert.Null(Row(table, "p-000000000000000000000013").QuerySelector("[data-test=retry]"));

        table.Find($"[data-parcel={failed}] [data-test=retry]").Click();
        table.Find($"[data-parcel={stale}] [data-test=retry]").Click();

        table.WaitForAssertion(() => Assert.Equal("Splitting", Row(table, failed).GetAttribute("data-stage")));
        Assert.Null(Row(table, failed).QuerySelector("[data-test=retry]"));
        table.WaitForAssertion(() => Assert.Equal("The parcel cannot retry in stage Routing.", Row(table, stale).QuerySelector("[data-test=problem-title]")!.TextContent));
        Assert.Null(Row(table, failed).QuerySelector("[data-test=problem]"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ParcelTable> table, string id) => table.Find($"[data-test=parcel-row][data-parcel={id}]");
}
