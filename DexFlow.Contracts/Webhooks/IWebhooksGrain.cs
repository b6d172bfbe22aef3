using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Webhooks;

/// <summary>Webhooks as configuration: administrators register and change them; administrators and auditors watch their deliveries.</summary>
[Alias("dexflow.webhooks")]
public interface IWebhooksGrain : IGrainWithIntegerKey
{
    [Alias("register")]
    Task<RegisteredWebhook> Register(Caller caller, WebhookSettings settings);

    [Alias("change")]
    Task<WebhookView> Change(Caller caller, Guid id, WebhookSettings settings);

    [Alias("list")]
    Task<ImmutableArray<WebhookView>> List(Caller caller);

    [Alias("get")]
    Task<WebhookView> Get(Caller caller, Guid id);

    /// <summary>Newest first, optionally only those in <paramref name="status"/>.</summary>
    [Alias("deliveries")]
    Task<WebhookDeliveryPage> Deliveries(Caller caller, Guid id, WebhookDeliveryStatus? status, int page, int pageSize);
}
