using System.Collections.Immutable;

namespace DexFlow.Contracts.Webhooks;

/// <summary>A registered webhook, without its secret. <see cref="DisabledReason"/> says why DexFlow or an administrator stopped it.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.webhook-view")]
public sealed record WebhookView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Url,
    [property: Id(2)] ImmutableArray<string> EventTypes,
    [property: Id(3)] bool Enabled,
    [property: Id(4)] string? DisabledReason,
    [property: Id(5)] DateTimeOffset? DisabledAt,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] string CreatedBy,
    [property: Id(8)] int Version);

/// <summary>A webhook as just registered, with its secret: the only time DexFlow shows the secret.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.registered-webhook")]
public sealed record RegisteredWebhook([property: Id(0)] WebhookView Webhook, [property: Id(1)] string Secret);
