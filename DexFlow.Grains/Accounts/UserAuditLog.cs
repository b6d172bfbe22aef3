using System.Collections.Immutable;
using System.Text.Json;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Accounts;

/// <summary>The append-only audit of changes to users in <c>dexflow.user_audit</c>.</summary>
public sealed class UserAuditLog(NpgsqlDataSource db)
{
    public const int MaxLimit = 200;

    /// <summary>The entry as a statement, so that it commits together with the change it records.</summary>
    public static NpgsqlBatchCommand Entry(Caller actor, string userId, UserAction action, ImmutableDictionary<string, FieldChange> changes)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.user_audit (at, actor_id, actor_name, user_id, action, changes)
            VALUES (now(), @actor_id, @actor_name, @user_id, @action, @changes)
            """);
        command.Parameters.AddWithValue("actor_id", actor.UserId);
        command.Parameters.AddWithValue("actor_name", actor.DisplayName);
        command.Parameters.AddWithValue("user_id", userId);
        command.Parameters.AddWithValue("action", action.ToString());
        command.Parameters.Add(new NpgsqlParameter("changes", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(changes, JsonSerializerOptions.Web) });
        return command;
    }

    /// <summary>The fields that differ between <paramref name="before"/> (null for a new user) and <paramref name="after"/>; a new password shows as changed, never as a value.</summary>
    public static ImmutableDictionary<string, FieldChange> Changes(UserAccount? before, UserAccount after)
    {
        var changes = ImmutableDictionary.CreateBuilder<string, FieldChange>();
        void Compare(string field, Func<UserAccount, string?> value)
        {
            var (old, now) = (before is null ? null : value(before), value(after));
            if (old != now)
            {
                changes[field] = new FieldChange(old, now);
            }
        }

        Compare("userName", user => user.UserName);
        Compare("displayName", user => user.DisplayName);
        Compare("email", user => user.Email);
        Compare("roles", user => string.Join(", ", RoleNames.Names(user.Roles)));
        Compare("resources", user => string.Join(", ", user.Resources));
        Compare("language", user => user.Language);
        Compare("active", user => user.Active ? "true" : "false");
        if (before is not null && before.PasswordHash != after.PasswordHash)
        {
            changes["password"] = new FieldChange(null, null);
        }

        return changes.ToImmutable();
    }

    public async Task<UserAuditPage> Read(string userId, long? before, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        await using var command = db.CreateCommand("""
            SELECT id, at, actor_id, actor_name, user_id, action, changes FROM dexflow.user_audit
            WHERE user_id = @user_id AND (@before::bigint IS NULL OR id < @before)
            ORDER BY id DESC LIMIT @limit
            """);
        command.Parameters.AddWithValue("user_id", userId);
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Bigint) { Value = (object?)before ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        var entries = ImmutableArray.CreateBuilder<UserAuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new UserAuditEntry(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                Enum.Parse<UserAction>(reader.GetString(5)),
                reader.IsDBNull(6) ? ImmutableDictionary<string, FieldChange>.Empty
                    : JsonSerializer.Deserialize<ImmutableDictionary<string, FieldChange>>(reader.GetString(6), JsonSerializerOptions.Web)!));
        }

        var page = entries.ToImmutable();
        return new UserAuditPage(page, page.Length == limit ? page[^1].Id : null);
    }
}
