using System.Collections.Immutable;

namespace DexFlow.Contracts.Webhooks;

/// <summary>Where a delivery stands: still tried, received (a 2xx answer), or given up after the retry window.</summary>
[GenerateSerializer]
public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>One event sent, or to be sent, to one webhook, with its attempts and the last answer or error.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.webhook-delivery")]
public sealed record WebhookDelivery(
    [property: Id(0)] long EventId,
    [property: Id(1)] string EventType,
    [property: Id(2)] string Subject,
    [property: Id(3)] WebhookDeliveryStatus Status,
    [property: Id(4)] int Attempts,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset? LastAttemptAt,
    [property: Id(7)] DateTimeOffset? NextAttemptAt,
    [property: Id(8)] int? LastStatusCode,
    [property: Id(9)] string? LastError,
    [property: Id(10)] DateTimeOffset? DeliveredAt);

/// <summary>A page of a webhook's deliveries, newest first.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.webhook-delivery-page")]
public sealed record WebhookDeliveryPage(
    [property: Id(0)] ImmutableArray<WebhookDelivery> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] bool More);
