using System.Collections.Immutable;
using System.Text.Json;
using DexFlow.Contracts.Routing;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Routing;

/// <summary>The facts and the decision of every routed document (<c>dexflow.routing_decisions</c>), for replaying draft rules.</summary>
public sealed class RoutingLog(NpgsqlDataSource db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Record(string documentId, RoutingFacts facts, RoutingDecision decision)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.routing_decisions (document_id, parcel_id, facts, decision, decided_at)
            VALUES (@document, @parcel, @facts, @decision, @at)
            ON CONFLICT (document_id) DO UPDATE SET facts = excluded.facts, decision = excluded.decision, decided_at = excluded.decided_at
            """);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("parcel", facts.ParcelId);
        command.Parameters.Add(new NpgsqlParameter("facts", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(facts, Json) });
        command.Parameters.Add(new NpgsqlParameter("decision", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(decision, Json) });
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<(string DocumentId, RoutingFacts Facts, RoutingDecision Decision)>> Recent(int count)
    {
        await using var command = db.CreateCommand("SELECT document_id, facts, decision FROM dexflow.routing_decisions ORDER BY decided_at DESC LIMIT @count");
        command.Parameters.AddWithValue("count", count);
        var rows = ImmutableArray.CreateBuilder<(string, RoutingFacts, RoutingDecision)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), JsonSerializer.Deserialize<RoutingFacts>(reader.GetString(1), Json)!,
                JsonSerializer.Deserialize<RoutingDecision>(reader.GetString(2), Json)!));
        }

        return rows.ToImmutable();
    }
}
