using DexFlow.Grains.Singletons;

namespace DexFlow.Grains.Webhooks;

/// <summary>
/// Turns events into webhook deliveries and attempts them; one for the cluster (key 0), started by the first
/// registration and kept running by its reminder.
/// </summary>
[Alias("dexflow.webhook-dispatcher")]
public interface IWebhookDispatcherGrain : ISingletonGrain;
