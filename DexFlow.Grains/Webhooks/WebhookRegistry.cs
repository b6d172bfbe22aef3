using System.Collections.Immutable;
using DexFlow.Contracts.Webhooks;
using DexFlow.Grains.AuditTrail;
using Npgsql;

namespace DexFlow.Grains.Webhooks;

/// <summary>A registered webhook with what only the dispatcher needs: its secret.</summary>
public sealed record StoredWebhook(WebhookView View, string Secret);

/// <summary>The registered webhooks in <c>dexflow.webhooks</c>; each change is written with its configuration audit entry, in one transaction.</summary>
public sealed class WebhookRegistry(NpgsqlDataSource db)
{
    private const string Columns = "id, url, event_types, enabled, disabled_reason, disabled_at, created_at, created_by, version, secret";

    public async Task Insert(StoredWebhook webhook, ConfigurationChange? change)
    {
        var view = webhook.View;
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.webhooks (id, url, event_types, secret, enabled, created_at, created_by, version)
            VALUES (@id, @url, @event_types, @secret, @enabled, @created_at, @created_by, @version)
            """);
        insert.Parameters.AddWithValue("id", view.Id);
        insert.Parameters.AddWithValue("url", view.Url);
        insert.Parameters.AddWithValue("event_types", view.EventTypes.ToArray());
        insert.Parameters.AddWithValue("secret", webhook.Secret);
        insert.Parameters.AddWithValue("enabled", view.Enabled);
        insert.Parameters.AddWithValue("created_at", view.CreatedAt.UtcDateTime);
        insert.Parameters.AddWithValue("created_by", view.CreatedBy);
        insert.Parameters.AddWithValue("version", view.Version);
        await Commit(insert, change);
    }

    /// <summary>Saves a change made to <paramref name="webhook"/> at version <c>View.Version - 1</c>; false when another change came first.</summary>
    public async Task<bool> Update(StoredWebhook webhook, ConfigurationChange? change)
    {
        var view = webhook.View;
        var update = new NpgsqlBatchCommand("""
            UPDATE dexflow.webhooks
            SET url = @url, event_types = @event_types, secret = @secret, enabled = @enabled, disabled_reason = @disabled_reason,
                disabled_at = @disabled_at, version = @version
            WHERE id = @id AND version = @version - 1
            """);
        update.Parameters.AddWithValue("id", view.Id);
        update.Parameters.AddWithValue("url", view.Url);
        update.Parameters.AddWithValue("event_types", view.EventTypes.ToArray());
        update.Parameters.AddWithValue("secret", webhook.Secret);
        update.Parameters.AddWithValue("enabled", view.Enabled);
        update.Parameters.AddWithValue("disabled_reason", (object?)view.DisabledReason ?? DBNull.Value);
        update.Parameters.AddWithValue("disabled_at", (object?)view.DisabledAt?.UtcDateTime ?? DBNull.Value);
        update.Parameters.AddWithValue("version", view.Version);
        return await Commit(update, change);
    }

    public async Task<StoredWebhook?> Find(Guid id)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.webhooks WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Read(reader) : null;
    }

    public async Task<ImmutableArray<WebhookView>> List()
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.webhooks ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync();
        var webhooks = ImmutableArray.CreateBuilder<WebhookView>();
        while (await reader.ReadAsync())
        {
            webhooks.Add(Read(reader).View);
        }

        return webhooks.ToImmutable();
    }

    private static StoredWebhook Read(NpgsqlDataReader reader) => new(
        new WebhookView(
            reader.GetGuid(0),
            reader.GetString(1),
            [.. reader.GetFieldValue<string[]>(2)],
            reader.GetBoolean(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
            reader.GetFieldValue<DateTimeOffset>(6),
            reader.GetString(7),
            reader.GetInt32(8)),
        reader.GetString(9));

    /// <summary>Runs <paramref name="write"/> with the audit entry of its change; commits only when it touched its one row.</summary>
    private async Task<bool> Commit(NpgsqlBatchCommand write, ConfigurationChange? change)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { write } };
        if (change is not null)
        {
            batch.BatchCommands.Add(ConfigurationAudit.Insert(change));
        }

        await batch.ExecuteNonQueryAsync();
        if (write.RecordsAffected != 1)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }
}
