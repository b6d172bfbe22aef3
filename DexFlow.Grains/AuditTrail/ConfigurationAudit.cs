using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.AuditTrail;

/// <summary>
/// Records changes of the configuration grains hold: a grain saves the change in its state with the new settings (one
/// durable write), then hands it here; what could not be written now is written when the grain next saves or activates.
/// </summary>
public sealed class ConfigurationAudit(NpgsqlDataSource db, TimeProvider time, ILogger<ConfigurationAudit> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The change from <paramref name="before"/> (null when the object is new) to <paramref name="after"/>: each top-level
    /// field that differs, as JSON text; null when nothing changed. Leave secrets out of both; name a changed secret in
    /// <paramref name="secretsChanged"/>.
    /// </summary>
    public ConfigurationChange? Change<T>(Caller actor, string objectType, string objectId, T? before, T after, params string[] secretsChanged)
        where T : class
    {
        var changes = ImmutableDictionary.CreateBuilder<string, FieldChange>();
        var old = before is null ? null : Fields(before);
        foreach (var (field, value) in Fields(after))
        {
            var previous = old is null ? null : old.GetValueOrDefault(field);
            if (previous != value)
            {
                changes[field] = new FieldChange(previous, value);
            }
        }

        foreach (var secret in secretsChanged)
        {
            changes[secret] = new FieldChange(null, "(changed)");
        }

        if (before is not null && changes.Count == 0)
        {
            return null;
        }

        return new ConfigurationChange(Guid.NewGuid(), time.GetUtcNow(), actor.UserId, actor.DisplayName, objectType, objectId,
            before is null ? "Create" : "Change", changes.ToImmutable());
    }

    /// <summary>Writes the changes (again, harmlessly, if they were written before); false when the store cannot take them now.</summary>
    public async Task<bool> TryWrite(IReadOnlyList<ConfigurationChange> changes)
    {
        if (changes.Count == 0)
        {
            return true;
        }

        try
        {
            await using var batch = db.CreateBatch();
            foreach (var change in changes)
            {
                batch.BatchCommands.Add(Insert(change));
            }

            await batch.ExecuteNonQueryAsync();
            return true;
        }
        catch (NpgsqlException exception)
        {
            logger.LogWarning(exception, "{Count} configuration changes wait in their grain's state for the audit trail", changes.Count);
            return false;
        }
    }

    /// <summary>The statement that writes <paramref name="change"/> (once, however often it runs), for a transaction of the caller's.</summary>
    public static NpgsqlBatchCommand Insert(ConfigurationChange change)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.configuration_audit (id, at, actor_id, actor_name, object_type, object_id, action, changes)
            VALUES (@id, @at, @actor_id, @actor_name, @object_type, @object_id, @action, @changes)
            ON CONFLICT (id) DO NOTHING
            """);
        command.Parameters.AddWithValue("id", change.Id);
        command.Parameters.AddWithValue("at", change.At.UtcDateTime);
        command.Parameters.AddWithValue("actor_id", change.ActorId);
        command.Parameters.AddWithValue("actor_name", change.ActorName);
        command.Parameters.AddWithValue("object_type", change.ObjectType);
        command.Parameters.AddWithValue("object_id", change.ObjectId);
        command.Parameters.AddWithValue("action", change.Action);
        command.Parameters.Add(new NpgsqlParameter("changes", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(change.Changes, Json) });
        return command;
    }

    /// <summary>The object's top-level fields as JSON text, as the API shows them.</summary>
    private static Dictionary<string, string> Fields<T>(T value) =>
        JsonSerializer.SerializeToElement(value, Json).EnumerateObject()
            .ToDictionary(property => property.Name, property => property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
}
