using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Admin.Webhooks;

namespace DexFlow.Web.Tests.Components;

public sealed class WebhooksPageTests : PageTestContext
{
    private static readonly WebhookView Erp = new(Guid.Parse("6f1c1f1e-1111-4c4c-9a9a-000000000001"), "https://erp.shop.example/hooks", ["Order.*"], false,
        "Event 42 could not be delivered within 1.00:00:00", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "admin", 2);

    public WebhooksPageTests() => Api.On(HttpMethod.Get, "/api/webhooks", new[] { Erp });

    [Fact]
    public async Task An_administrator_registers_an_endpoint_and_sees_its_secret_once()
    {
        var created = Erp with { Id = Guid.NewGuid(), Url = "https://crm.shop.example/dexflow", EventTypes = ["Order.RejectQa", "Parcel.*"], Enabled = true, DisabledReason = null };
        Api.On(HttpMethod.Post, "/api/webhooks", _ => FakeApi.Json(new RegisteredWebhook(created, "whsec_shown_once"), System.Net.HttpStatusCode.Created));
        var page = await RenderAs<WebhooksPage>("Administrator", "[data-test=webhook-row]");

        page.Find("#webhook-url").Change("https://crm.shop.example/dexflow");
        page.Find("#webhook-types").Change("Order.RejectQa, Parcel.*");
        page.Find("button[data-test=save-webhook]").Click();

        page.WaitForAssertion(() => Assert.Equal("whsec_shown_once", page.Find("[data-test=webhook-secret]").TextContent));
        var sent = Assert.Single(Api.JsonBodiesOf(HttpMethod.Post, "/api/webhooks"))!;
        Assert.Equal(["Order.RejectQa", "Parcel.*"], sent["eventTypes"]!.AsArray().Select(type => type!.GetValue<string>()));
        Assert.Null(sent["secret"]);
        Assert.Equal(2, page.FindAll("[data-test=webhook-row]").Count);
    }

    [Fact]
    public async Task An_auditor_reads_why_a_webhook_was_disabled_and_its_deliveries_but_changes_nothing()
    {
        Api.On(HttpMethod.Get, $"/api/webhooks/{Erp.Id}/deliveries", new WebhookDeliveryPage(
            [new WebhookDelivery(42, "Order.RejectQa", "2026-000042", WebhookDeliveryStatus.Failed, 31, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, 503,
                "The endpoint answered 503.", null)], 1, 50, false));
        var page = await RenderAs<WebhooksPage>("Auditor", "[data-test=webhook-row]");

        Assert.Contains("could not be delivered", page.Find("[data-test=webhook-state]").TextContent);
        Assert.Empty(page.FindAll("[data-test=register-webhook]"));
        Assert.Empty(page.FindAll("[data-test=switch-webhook]"));
        page.Find("[data-test=show-deliveries]").Click();

        page.WaitForAssertion(() => Assert.Equal("given up", page.Find("[data-test=delivery-status]").TextContent));
        Assert.Contains("The endpoint answered 503.", page.Find("[data-test=delivery-row]").ParentElement!.TextContent);
    }
}
