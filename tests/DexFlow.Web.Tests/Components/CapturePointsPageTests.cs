using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Admin.CapturePoints;

namespace DexFlow.Web.Tests.Components;

public sealed class CapturePointsPageTests : PageTestContext
{
    private static readonly CaptureStatistics Quiet = new(0, 0, null, null, null);

    public CapturePointsPageTests() => Api.On(HttpMethod.Get, "/api/capture-points", new CapturePointView[]
    {
        new("orders-mailbox", CaptureKind.Imap, true, CaptureChannel.Email, TimeSpan.FromMinutes(1), null,
            new ImapSettings { Host = "mail.shop.example", UserName = "orders", Password = null }, Quiet),
        new("scan-desk-1", CaptureKind.ScannerStation, true, CaptureChannel.Scanner, TimeSpan.FromMinutes(1), null, null, Quiet),
    });

    [Fact]
    public async Task An_enabled_mailbox_is_saved_only_with_its_password_which_is_sent()
    {
        Api.On(HttpMethod.Put, "/api/capture-points/orders-mailbox", request => FakeApi.Json(new CapturePointView("orders-mailbox", CaptureKind.Imap, true,
            CaptureChannel.Email, TimeSpan.FromMinutes(1), null, new ImapSettings { Host = "mail.shop.example", UserName = "orders" }, Quiet)));
        var page = await RenderAs<CapturePointsPage>("Administrator", "[data-test=capture-point-row]");
        page.FindAll("[data-test=edit-capture-point]")[0].Click();

        var save = page.Find("button[data-test=save-capture-point]");
        Assert.True(save.HasAttribute("disabled"));
        page.Find("button[data-test=save-capture-point]").Click();
        page.Find("#imap-password").Input("s3cret");
        page.Find("button[data-test=save-capture-point]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=capture-point-editor]")));
        var sent = Assert.Single(Api.JsonBodiesOf(HttpMethod.Put, "/api/capture-points/orders-mailbox"))!;
        Assert.Equal("s3cret", sent["imap"]!["password"]!.GetValue<string>());
    }

    [Fact]
    public async Task Kinds_and_channels_are_named_in_the_users_language()
    {
        var page = await RenderAs<CapturePointsPage>("Auditor", "[data-test=capture-point-row]");

        var mailbox = page.Find("[data-test=capture-point-row][data-id='orders-mailbox']").ParentElement!.TextContent;
        Assert.Contains("IMAP mailbox", mailbox);
        Assert.Contains("e-mail", mailbox);
        Assert.DoesNotContain("ScannerStation", page.Markup);
        Assert.Contains("Scanner station", page.Find("[data-test=capture-point-row][data-id='scan-desk-1']").ParentElement!.TextContent);
    }
}
