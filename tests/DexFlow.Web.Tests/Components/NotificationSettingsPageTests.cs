using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Settings;

namespace DexFlow.Web.Tests.Components;

public sealed class NotificationSettingsPageTests : PageTestContext
{
    [Fact]
    public async Task Unticking_a_kind_of_news_mutes_its_event_types_and_keeps_those_muted_elsewhere()
    {
        Api.On(HttpMethod.Get, "/api/me/notifications", new NotificationSettings(false, ["Order.Create"]));
        Api.On(HttpMethod.Put, "/api/me/notifications", request => FakeApi.Json(new NotificationSettings(true, ["Order.Create", "Order.RejectAccounting", "Order.RejectQa"])));
        var page = await RenderAs<NotificationSettingsPage>("Manager", "[data-test=news-kind]");

        Input(page.Find("[data-test=news-kind][data-kind=NotifyRejections]")).Change(false);
        Input(page.Find("[data-test=digest]")).Change(true);
        page.Find("button[data-test=save-notifications]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=notifications-saved]")));
        var sent = Assert.Single(Api.JsonBodiesOf(HttpMethod.Put, "/api/me/notifications"))!;
        Assert.True(sent["digest"]!.GetValue<bool>());
        Assert.Equal(["Order.Create", "Order.RejectAccounting", "Order.RejectQa"], sent["muted"]!.AsArray().Select(type => type!.GetValue<string>()));
    }

    // MudBlazor puts a check box's attributes on its input or on the element around it, depending on the component.
    private static AngleSharp.Dom.IElement Input(AngleSharp.Dom.IElement element) =>
        element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
}
