using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts;
using DexFlow.Contracts.Webhooks;
using DexFlow.Grains.Events;
using Npgsql;

namespace DexFlow.Grains.Webhooks;

/// <summary>A delivery claimed for an attempt, with where it goes and the secret that signs it.</summary>
public sealed record DueDelivery(Guid WebhookId, long EventId, string EventType, string Body, int Attempt, DateTimeOffset CreatedAt, string Url, string Secret);

/// <summary>
/// <c>dexflow.webhook_deliveries</c>: made from the event log once per webhook and event (for the events of transactions after the webhook's registration), claimed for each attempt, and
/// settled by its answer. Claiming is one statement that skips rows another dispatcher holds, so two dispatchers (a
/// moment of duplicate activation after a silo dies) never try the same delivery at once.
/// </summary>
public sealed class WebhookDeliveries(NpgsqlDataSource db)
{
    public const string Consumer = "webhooks";

    /// <summary>
    /// A delivery of each event for each enabled webhook that wants it and whose registration came before it in the log, to be
    /// written with the move of the webhooks' cursor (<see cref="EventFollower"/>).
    /// </summary>
    public static async Task<IReadOnlyList<NpgsqlBatchCommand>> Make(ImmutableArray<LoggedEvent> events, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var webhooks = await Listening(connection, transaction);
        var inserts = new List<NpgsqlBatchCommand>();
        foreach (var logged in events)
        {
            var body = EventJson.Write(logged.Event);
            foreach (var webhook in webhooks.Where(webhook => logged.Position.Tx > webhook.RegisteredTx && EventTypes.Wants(webhook.EventTypes, logged.Event.Type)))
            {
                var insert = new NpgsqlBatchCommand("""
                    INSERT INTO dexflow.webhook_deliveries (webhook_id, event_id, event_type, subject, body)
                    VALUES (@webhook_id, @event_id, @event_type, @subject, @body)
                    ON CONFLICT (webhook_id, event_id) DO NOTHING
                    """);
                insert.Parameters.AddWithValue("webhook_id", webhook.Id);
                insert.Parameters.AddWithValue("event_id", logged.Event.Id);
                insert.Parameters.AddWithValue("event_type", logged.Event.Type);
                insert.Parameters.AddWithValue("subject", logged.Event.Subject);
                insert.Parameters.AddWithValue("body", body);
                inserts.Add(insert);
            }
        }

        return inserts;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> deliveries due now for an attempt: each counts the attempt and is not due again
    /// for <paramref name="lease"/>, so a dispatcher that dies mid-attempt leaves it to be tried again after the lease.
    /// </summary>
    public async Task<ImmutableArray<DueDelivery>> Claim(int max, TimeSpan lease)
    {
        await using var command = db.CreateCommand("""
            WITH due AS (
                SELECT d.webhook_id, d.event_id
                FROM dexflow.webhook_deliveries d JOIN dexflow.webhooks w ON w.id = d.webhook_id AND w.enabled
                WHERE d.status = 'Pending' AND d.next_attempt_at <= now()
                ORDER BY d.next_attempt_at
                LIMIT @max
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE dexflow.webhook_deliveries d
            SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + @lease
            FROM due, dexflow.webhooks w
            WHERE d.webhook_id = due.webhook_id AND d.event_id = due.event_id AND w.id = d.webhook_id
            RETURNING d.webhook_id, d.event_id, d.event_type, d.body, d.attempts, d.created_at, w.url, w.secret
            """);
        command.Parameters.AddWithValue("max", max);
        command.Parameters.AddWithValue("lease", lease);
        await using var reader = await command.ExecuteReaderAsync();
        var due = ImmutableArray.CreateBuilder<DueDelivery>();
        while (await reader.ReadAsync())
        {
            due.Add(new DueDelivery(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6), reader.GetString(7)));
        }

        return due.ToImmutable();
    }

    public Task Delivered(DueDelivery delivery, int statusCode) => Settle(delivery, """
        UPDATE dexflow.webhook_deliveries
        SET status = 'Delivered', delivered_at = now(), last_status_code = @status_code, last_error = NULL, next_attempt_at = now()
        WHERE webhook_id = @webhook_id AND event_id = @event_id
        """, statusCode, null, null);

    public Task Retry(DueDelivery delivery, int? statusCode, string error, TimeSpan after) => Settle(delivery, """
        UPDATE dexflow.webhook_deliveries
        SET last_status_code = @status_code, last_error = @error, next_attempt_at = now() + @after
        WHERE webhook_id = @webhook_id AND event_id = @event_id AND status = 'Pending'
        """, statusCode, error, command => command.Parameters.AddWithValue("after", after));

    /// <summary>
    /// Gives the delivery up and disables its webhook, with a <c>Webhook.Disable</c> event saying why (once: a webhook
    /// already disabled is left as it is).
    /// </summary>
    public Task GiveUp(DueDelivery delivery, int? statusCode, string error, string reason) => Settle(delivery, """
        WITH failed AS (
            UPDATE dexflow.webhook_deliveries
            SET status = 'Failed', last_status_code = @status_code, last_error = @error
            WHERE webhook_id = @webhook_id AND event_id = @event_id AND status = 'Pending'),
        disabled AS (
            UPDATE dexflow.webhooks
            SET enabled = false, disabled_reason = @reason, disabled_at = now(), version = version + 1
            WHERE id = @webhook_id AND enabled
            RETURNING id, version)
        INSERT INTO dexflow.events (subject_kind, subject, version, at, action, actor_id, actor_name, from_stage, to_stage, details)
        SELECT 'Webhook', id::text, version, now(), 'Disable', 'dexflow', 'DexFlow', 'Enabled', 'Disabled', @reason FROM disabled
        """, statusCode, error, command => command.Parameters.AddWithValue("reason", reason));

    /// <summary>A webhook's deliveries, newest first; <paramref name="status"/> narrows them.</summary>
    public async Task<WebhookDeliveryPage> Page(Guid webhookId, WebhookDeliveryStatus? status, int page, int pageSize)
    {
        var size = Paging.Size(pageSize);
        await using var command = db.CreateCommand("""
            SELECT event_id, event_type, subject, status, attempts, created_at, last_attempt_at,
                   CASE WHEN status = 'Pending' THEN next_attempt_at END, last_status_code, last_error, delivered_at
            FROM dexflow.webhook_deliveries
            WHERE webhook_id = @webhook_id AND (@status::text IS NULL OR status = @status::text)
            ORDER BY created_at DESC, event_id DESC
            OFFSET @offset LIMIT @limit
            """);
        command.Parameters.AddWithValue("webhook_id", webhookId);
        command.Parameters.AddWithValue("status", (object?)status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("offset", Paging.Offset(page, size));
        command.Parameters.AddWithValue("limit", size + 1);
        await using var reader = await command.ExecuteReaderAsync();
        var items = ImmutableArray.CreateBuilder<WebhookDelivery>();
        while (await reader.ReadAsync())
        {
            items.Add(new WebhookDelivery(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Enum.Parse<WebhookDeliveryStatus>(reader.GetString(3)),
                reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)));
        }

        var more = items.Count > size;
        return new WebhookDeliveryPage(more ? items.ToImmutable()[..size] : items.ToImmutable(), page, size, more);
    }

    private async Task Settle(DueDelivery delivery, string sql, int? statusCode, string? error, Action<NpgsqlCommand>? more)
    {
        await using var command = db.CreateCommand(sql);
        command.Parameters.AddWithValue("webhook_id", delivery.WebhookId);
        command.Parameters.AddWithValue("event_id", delivery.EventId);
        command.Parameters.AddWithValue("status_code", (object?)statusCode ?? DBNull.Value);
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        more?.Invoke(command);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Listener(Guid Id, ImmutableArray<string> EventTypes, ulong RegisteredTx);

    private static async Task<List<Listener>> Listening(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand("SELECT id, event_types, registered_tx::text FROM dexflow.webhooks WHERE enabled", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var webhooks = new List<Listener>();
        while (await reader.ReadAsync())
        {
            webhooks.Add(new Listener(reader.GetGuid(0), [.. reader.GetFieldValue<string[]>(1)], ulong.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return webhooks;
    }
}
