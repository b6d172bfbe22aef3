using DexFlow.Testing;
using OpenQA.Selenium;

namespace DexFlow.Web.Tests.Browser;

/// <summary>Everyone chooses what DexFlow mails them; administrators register webhooks and see their deliveries.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsAndWebhooksTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_clerk_chooses_a_digest_without_webhook_news_and_an_administrator_registers_a_webhook_and_sees_its_secret()
    {
        app.SignIn("clerk");
        app.WaitFor("[data-test='nav-settings/notifications']", "the notification settings in the navigation").Click();
        app.WaitFor("[data-test=news-kind]", "the kinds of news");
        app.Tick("[data-test=digest]", "the digest switch");
        app.Tick("[data-test=news-kind][data-kind=NotifyWebhooks]", "the webhook news");
        app.Click(app.WaitFor("[data-test=save-notifications]", "the save button"));
        app.WaitFor("[data-test=notifications-saved]", "the settings to be saved");
        app.AssertAccessible("the notification settings");

        var saved = await (await DexFlowHttpClient.LogIn(fixture.Api.Address, "clerk")).GetJson("/api/me/notifications");
        Assert.True(saved["digest"]!.GetValue<bool>());
        Assert.Equal(["Webhook.Disable"], saved["muted"]!.AsArray().Select(type => type!.GetValue<string>()));

        app.SignIn("admin");
        app.Open("admin/webhooks");
        app.WaitFor("[data-test=register-webhook]", "the registration form");
        app.WaitFor("#webhook-url", "the URL field").SendKeys($"http://{WebhookReceiver.Host}:9/browser-hook");
        app.Click(app.WaitFor("[data-test=save-webhook]", "the register button"));
        var secret = app.WaitFor("[data-test=webhook-secret]", "the new webhook's secret").Text;
        Assert.StartsWith("whsec_", secret);
        app.WaitFor($"[data-test=webhook-row]", "the new webhook in the list", row => row.Text.Contains("browser-hook", StringComparison.Ordinal));
        app.AssertAccessible("the webhooks");
        var listed = await (await DexFlowHttpClient.LogIn(fixture.Api.Address, "admin")).Get("/api/webhooks");
        Assert.DoesNotContain(secret, await listed.Content.ReadAsStringAsync());
    }
}
