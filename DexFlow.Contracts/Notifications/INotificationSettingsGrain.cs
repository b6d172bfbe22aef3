using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Notifications;

/// <summary>Each signed-in user's own notification settings.</summary>
[Alias("dexflow.notification-settings-desk")]
public interface INotificationSettingsGrain : IGrainWithIntegerKey
{
    [Alias("get")]
    Task<NotificationSettings> Get(Caller caller);

    [Alias("set")]
    Task<NotificationSettings> Set(Caller caller, NotificationSettings settings);
}
