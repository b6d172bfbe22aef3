namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' notification settings and webhooks.

/// <summary>How the signed-in user is told by e-mail: a digest or each event at once, and the event types they muted.</summary>
public sealed record NotificationSettings(bool Digest, IReadOnlyList<string> Muted);

/// <summary>A registered webhook, without its secret.</summary>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, string? DisabledReason,
    DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt, string CreatedBy, int Version);

/// <summary>A webhook as just registered, with its secret: the only time it is shown.</summary>
public sealed record RegisteredWebhook(WebhookView Webhook, string Secret);

/// <summary>What <c>POST /api/webhooks</c> and <c>PUT /api/webhooks/{id}</c> take; a null secret is made by DexFlow, or kept.</summary>
public sealed record WebhookSettings(string Url, IReadOnlyList<string> EventTypes, string? Secret, bool Enabled);

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
    Unknown = -1,
}

public sealed record WebhookDelivery(long EventId, string EventType, string Subject, WebhookDeliveryStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, int? LastStatusCode, string? LastError,
    DateTimeOffset? DeliveredAt);

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDelivery> Items, int Page, int PageSize, bool More);
