using System.Collections.Immutable;
using System.Text.Json;
using DexFlow.Contracts.Capture;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Capture;

/// <summary>The capture points' views in <c>dexflow.capture_points</c>, so that all of them can be listed without waking each.</summary>
public sealed class CaptureDirectory(NpgsqlDataSource db)
{
    public async Task Upsert(string id, long version, CapturePointView view)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.capture_points AS c (id, version, view) VALUES (@id, @version, @view)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, view = excluded.view WHERE c.version < excluded.version
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.Add(new NpgsqlParameter("view", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(view) });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<CapturePointView>> List()
    {
        await using var command = db.CreateCommand("SELECT view FROM dexflow.capture_points ORDER BY id");
        var views = ImmutableArray.CreateBuilder<CapturePointView>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            views.Add(JsonSerializer.Deserialize<CapturePointView>(reader.GetString(0))!);
        }

        return views.ToImmutable();
    }
}
