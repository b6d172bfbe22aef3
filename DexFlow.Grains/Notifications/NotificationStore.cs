using System.Collections.Immutable;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Events;
using Npgsql;

namespace DexFlow.Grains.Notifications;

/// <summary>A notification claimed for sending, with the event it tells of.</summary>
public sealed record DueNotification(string UserId, long EventId, string Address, string DisplayName, string Event, int Attempts, DateTimeOffset CreatedAt);

/// <summary>
/// <c>dexflow.notifications</c>: made from the event log once per person and event, in the transaction that moves the
/// notifier's cursor (<see cref="EventFollower"/>); claimed a person at a time for one message; settled when the mail server took it.
/// </summary>
public sealed class NotificationStore(NpgsqlDataSource db)
{
    public const string Consumer = "notifications";

    /// <summary>
    /// A notification of each event for each person told of it, due at once or at their digest time, to be written with
    /// the move of the notifier's cursor (<see cref="EventFollower"/>).
    /// </summary>
    public static async Task<IReadOnlyList<NpgsqlBatchCommand>> Make(ImmutableArray<LoggedEvent> events, NotificationRules rules,
        Func<Subscriber, DateTimeOffset> sendAfter, Roles digestByDefault, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var subscribers = await Subscribers(connection, transaction, digestByDefault);
        var inserts = new List<NpgsqlBatchCommand>();
        foreach (var logged in events)
        {
            foreach (var recipient in rules.Recipients(logged, subscribers))
            {
                var insert = new NpgsqlBatchCommand("""
                    INSERT INTO dexflow.notifications (user_id, event_id, address, display_name, event, send_after)
                    VALUES (@user_id, @event_id, @address, @display_name, @event, @send_after)
                    ON CONFLICT (user_id, event_id) DO NOTHING
                    """);
                insert.Parameters.AddWithValue("user_id", recipient.Caller.UserId);
                insert.Parameters.AddWithValue("event_id", logged.Event.Id);
                insert.Parameters.AddWithValue("address", recipient.Address);
                insert.Parameters.AddWithValue("display_name", recipient.Caller.DisplayName);
                insert.Parameters.AddWithValue("event", EventJson.Write(logged.Event));
                insert.Parameters.AddWithValue("send_after", sendAfter(recipient).UtcDateTime);
                inserts.Add(insert);
            }
        }

        return inserts;
    }

    /// <summary>
    /// Claims what is due for up to <paramref name="people"/> people, all of each one's due notifications together (one
    /// message); each counts the attempt and is not due again for <paramref name="lease"/>.
    /// </summary>
    public async Task<ImmutableArray<DueNotification>> Claim(int people, TimeSpan lease)
    {
        await using var command = db.CreateCommand("""
            WITH due_people AS (
                SELECT DISTINCT user_id FROM dexflow.notifications WHERE status = 'Pending' AND send_after <= now() LIMIT @people),
            claimed AS (
                SELECT n.user_id, n.event_id FROM dexflow.notifications n JOIN due_people USING (user_id)
                WHERE n.status = 'Pending' AND n.send_after <= now()
                FOR UPDATE OF n SKIP LOCKED)
            UPDATE dexflow.notifications n SET attempts = n.attempts + 1, send_after = now() + @lease
            FROM claimed c WHERE n.user_id = c.user_id AND n.event_id = c.event_id
            RETURNING n.user_id, n.event_id, n.address, n.display_name, n.event, n.attempts, n.created_at
            """);
        command.Parameters.AddWithValue("people", people);
        command.Parameters.AddWithValue("lease", lease);
        await using var reader = await command.ExecuteReaderAsync();
        var due = ImmutableArray.CreateBuilder<DueNotification>();
        while (await reader.ReadAsync())
        {
            due.Add(new DueNotification(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return due.ToImmutable();
    }

    public Task Sent(IReadOnlyList<DueNotification> sent) => Settle(sent, "status = 'Sent', sent_at = now(), last_error = NULL", null, null);

    public Task Retry(IReadOnlyList<DueNotification> failed, string error, TimeSpan after) =>
        Settle(failed, "last_error = @error, send_after = now() + @after", error, after);

    public Task GiveUp(IReadOnlyList<DueNotification> failed, string error) => Settle(failed, "status = 'Failed', last_error = @error", error, null);

    private async Task Settle(IReadOnlyList<DueNotification> notifications, string set, string? error, TimeSpan? after)
    {
        await using var command = db.CreateCommand($"""
            UPDATE dexflow.notifications SET {set}
            WHERE user_id = @user_id AND event_id = ANY (@event_ids) AND status = 'Pending'
            """);
        command.Parameters.AddWithValue("user_id", notifications[0].UserId);
        command.Parameters.AddWithValue("event_ids", notifications.Select(notification => notification.EventId).ToArray());
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("after", (object?)after ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<Subscriber>> Subscribers(NpgsqlConnection connection, NpgsqlTransaction transaction, Roles digestByDefault)
    {
        await using var command = new NpgsqlCommand("""
            SELECT u.user_id, u.display_name, u.roles, u.resources, u.email, s.digest, coalesce(s.muted, '{}')
            FROM dexflow.users u LEFT JOIN dexflow.notification_settings s USING (user_id)
            WHERE u.active AND coalesce(u.email, '') <> ''
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var subscribers = new List<Subscriber>();
        while (await reader.ReadAsync())
        {
            var roles = RoleNames.Parse(reader.GetFieldValue<string[]>(2));
            var caller = new Caller(reader.GetString(0), reader.GetString(1), roles) { Resources = [.. reader.GetFieldValue<string[]>(3)] };
            subscribers.Add(new Subscriber(caller, reader.GetString(4), reader.IsDBNull(5) ? (roles & digestByDefault) != 0 : reader.GetBoolean(5),
                [.. reader.GetFieldValue<string[]>(6)]));
        }

        return subscribers;
    }
}
