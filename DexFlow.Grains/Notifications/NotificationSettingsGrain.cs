using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Notifications;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Events;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Concurrency;

namespace DexFlow.Grains.Notifications;

/// <summary>Each user's own notification settings; a user who never chose has a digest when their role is a busy one.</summary>
// Holds no state: the settings are rows the notifier reads with the users.
[StatelessWorker, Reentrant]
public sealed class NotificationSettingsGrain(NpgsqlDataSource db, IOptions<NotificationOptions> options) : Grain, INotificationSettingsGrain
{
    public async Task<NotificationSettings> Get(Caller caller)
    {
        EnsureSignedIn(caller);
        await using var command = db.CreateCommand("SELECT digest, muted FROM dexflow.notification_settings WHERE user_id = @user_id");
        command.Parameters.AddWithValue("user_id", caller.UserId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new NotificationSettings(reader.GetBoolean(0), [.. reader.GetFieldValue<string[]>(1)])
            : new NotificationSettings(caller.Has(options.Value.DigestByDefault), []);
    }

    public async Task<NotificationSettings> Set(Caller caller, NotificationSettings settings)
    {
        EnsureSignedIn(caller);
        var muted = EventTypes.Check(settings.Muted, "muted", someRequired: false);
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.notification_settings (user_id, digest, muted) VALUES (@user_id, @digest, @muted)
            ON CONFLICT (user_id) DO UPDATE SET digest = excluded.digest, muted = excluded.muted, updated_at = now()
            """);
        command.Parameters.AddWithValue("user_id", caller.UserId);
        command.Parameters.AddWithValue("digest", settings.Digest);
        command.Parameters.AddWithValue("muted", muted.ToArray());
        await command.ExecuteNonQueryAsync();
        return new NotificationSettings(settings.Digest, muted);
    }

    // Every user has settings of their own; DexFlow itself, which acts for nobody, has none.
    private static void EnsureSignedIn(Caller caller)
    {
        if (caller.IsSystem || caller.Roles == Roles.None)
        {
            throw new ForbiddenException("have notification settings", "only signed-in users have them");
        }
    }
}
