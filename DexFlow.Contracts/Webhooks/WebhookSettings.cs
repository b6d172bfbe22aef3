using System.Collections.Immutable;

namespace DexFlow.Contracts.Webhooks;

/// <summary>
/// An endpoint that hears events: its http(s) <see cref="Url"/>, the <see cref="EventTypes"/> it wants (<c>Order.RejectQa</c>,
/// <c>Order.*</c>, <c>*</c>), and the <see cref="Secret"/> that signs each delivery (null: DexFlow makes one on
/// registration and keeps the one it has on a change). A disabled webhook keeps what it was sent but is sent nothing new.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.webhook-settings")]
public sealed record WebhookSettings(
    [property: Id(0)] string Url,
    [property: Id(1)] ImmutableArray<string> EventTypes,
    [property: Id(2)] string? Secret,
    [property: Id(3)] bool Enabled = true);
