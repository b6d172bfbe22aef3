using DexFlow.Grains.Singletons;

namespace DexFlow.Grains.Notifications;

/// <summary>Turns events into e-mail for the people the rules name; one for the cluster (key 0), idle without a mail server.</summary>
[Alias("dexflow.notifier")]
public interface INotifierGrain : ISingletonGrain;
