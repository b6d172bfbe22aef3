namespace DexFlow.Web.Api;

/// <summary>The signed-in user's notification settings, and the webhooks administrators register and auditors read.</summary>
public sealed partial class DexFlowClient
{
    public Task<NotificationSettings> NotificationSettings(CancellationToken cancellationToken = default) =>
        Get<NotificationSettings>("api/me/notifications", cancellationToken);

    public Task<NotificationSettings> SetNotificationSettings(NotificationSettings settings, CancellationToken cancellationToken = default) =>
        Send<NotificationSettings>(HttpMethod.Put, "api/me/notifications", settings, cancellationToken);

    public Task<IReadOnlyList<WebhookView>> Webhooks(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<WebhookView>>("api/webhooks", cancellationToken);

    public Task<RegisteredWebhook> RegisterWebhook(WebhookSettings settings, CancellationToken cancellationToken = default) =>
        Send<RegisteredWebhook>(HttpMethod.Post, "api/webhooks", settings, cancellationToken);

    public Task<WebhookView> ChangeWebhook(Guid id, WebhookSettings settings, CancellationToken cancellationToken = default) =>
        Send<WebhookView>(HttpMethod.Put, $"api/webhooks/{id}", settings, cancellationToken);

    public Task<WebhookDeliveryPage> WebhookDeliveries(Guid id, int page, CancellationToken cancellationToken = default) =>
        Get<WebhookDeliveryPage>(Query($"api/webhooks/{id}/deliveries", ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);
}
