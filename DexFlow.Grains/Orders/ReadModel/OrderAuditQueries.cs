using System.Collections.Immutable;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using Npgsql;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>Reads an order's audit trail from <c>dexflow.order_audit</c>.</summary>
public sealed class OrderAuditQueries(NpgsqlDataSource db)
{
    public async Task<ImmutableArray<AuditEntry>> Read(string number, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            SELECT at, actor_id, actor_name, action, from_stage, to_stage, revision, details, version
            FROM dexflow.order_audit WHERE number = @number ORDER BY version
            """);
        command.Parameters.AddWithValue("number", number);
        var entries = ImmutableArray.CreateBuilder<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetFieldValue<DateTimeOffset>(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<OrderAction>(reader.GetString(3)),
                Enum.Parse<OrderStage>(reader.GetString(4)),
                Enum.Parse<OrderStage>(reader.GetString(5)),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt64(8)));
        }

        return entries.ToImmutable();
    }
}
