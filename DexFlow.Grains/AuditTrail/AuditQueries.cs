using System.Collections.Immutable;
using System.Text;
using DexFlow.Contracts;
using DexFlow.Contracts.Audit;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.AuditTrail;

/// <summary>Pages of <c>dexflow.audit_trail</c>: every audited event, newest first, filtered by actor, action, object and time.</summary>
public sealed class AuditQueries(NpgsqlDataSource db)
{
    public async Task<AuditPage> Query(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Paging.Size(query.PageSize);
        await using var command = db.CreateCommand();
        var where = new StringBuilder("TRUE");
        void Filter(string condition, string name, NpgsqlDbType type, object? value)
        {
            if (value is null or "")
            {
                return;
            }

            where.Append(" AND ").Append(condition);
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        Filter("(t.actor_id = @actor OR lower(t.actor_name) = lower(@actor))", "actor", NpgsqlDbType.Text, query.Actor?.Trim());
        Filter("lower(t.action) = lower(@action)", "action", NpgsqlDbType.Text, query.Action?.Trim());
        Filter("lower(t.object_type) = lower(@object_type)", "object_type", NpgsqlDbType.Text, query.ObjectType?.Trim());
        Filter("t.object_id = @object_id", "object_id", NpgsqlDbType.Text, query.ObjectId?.Trim());
        Filter("t.at >= @from", "from", NpgsqlDbType.TimestampTz, query.From?.UtcDateTime);
        Filter("t.at < @to", "to", NpgsqlDbType.TimestampTz, query.To?.UtcDateTime);
        command.CommandText = $"""
            SELECT t.at, t.actor_id, t.actor_name, t.object_type, t.object_id, t.action, t.details
            FROM dexflow.audit_trail t
            WHERE {where}
            ORDER BY t.at DESC, t.object_type, t.object_id
            LIMIT {pageSize + 1} OFFSET {Paging.Offset(page, pageSize)}
            """;

        var items = ImmutableArray.CreateBuilder<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new AuditRecord(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        var more = items.Count > pageSize;
        return new AuditPage([.. items.Take(pageSize)], page, pageSize, more);
    }
}
