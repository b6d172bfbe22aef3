using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Grain state for the grains that change most (orders and parcels): the same rows, the same statements and the same
/// serializer as Orleans' ADO.NET provider, which the other grains use, but sent through <see cref="StatementBatcher"/>,
/// so that many grains' reads and writes share one round trip and one commit instead of one each. A write still
/// completes only once it is committed, and from the version the grain read, or fails with
/// <see cref="InconsistentStateException"/> as the ADO.NET provider's does. Rows attached to a write
/// (<see cref="StateCompanions"/>) are committed with it, and only if it took effect. A grain just named here
/// (<see cref="FreshGrains"/>) starts from no state without reading.
/// </summary>
public sealed class BatchedGrainStorage(
    OrleansQueries queries,
    StatementBatcher batcher,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    ClusterOptions cluster,
    FreshGrains fresh) : IGrainStorage
{
    private sealed record StoredState(byte[]? Payload, int? Version);

    private sealed record NewVersion(int Version);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (fresh.TryTake(grainId))
        {
            grainState.State = NewState<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var sql = await queries.Get("ReadFromStorageKey");
        var stored = await batcher.Run(
            () => Command(sql, stateName, grainId, version: null),
            reader => new StoredState(
                reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0),
                reader.IsDBNull(1) ? null : reader.GetInt32(1)));

        grainState.State = stored?.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : NewState<T>();
        grainState.ETag = stored?.Version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = stored?.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sql = await queries.Get("WriteToStorageKey");
        var payload = serializer.Serialize(grainState.State).ToMemory();
        var version = Version(grainState.ETag);
        var along = StateCompanions.TakeFor(grainState.State, () => WrittenCheck(stateName, grainId, (version ?? 0) + 1));
        var written = await batcher.Run(
            () => Command(sql, stateName, grainId, version, payload),
            reader => new NewVersion(reader.GetInt32(0)),
            along);

        grainState.ETag = Accepted(written, "write", stateName, grainId, grainState.ETag);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!grainState.RecordExists && string.IsNullOrWhiteSpace(grainState.ETag))
        {
            await ReadStateAsync(stateName, grainId, grainState);
        }

        var sql = await queries.Get("ClearStorageKey");
        var cleared = await batcher.Run(
            () => Command(sql, stateName, grainId, Version(grainState.ETag)),
            reader => new NewVersion(reader.GetInt32(0)));

        grainState.ETag = Accepted(cleared, "clear", stateName, grainId, grainState.ETag);
        grainState.RecordExists = false;
        grainState.State = NewState<T>();
    }

    private static string Accepted(NewVersion? result, string operation, string stateName, GrainId grainId, string? etag) =>
        result?.Version.ToString(CultureInfo.InvariantCulture)
        ?? throw new InconsistentStateException(
            $"Version conflict ({operation}): the stored {stateName} state of {grainId} is no longer version {etag ?? "(none)"}.");

    private static int? Version(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    private T NewState<T>() => activators.GetActivator<T>().Create();

    /// <summary>
    /// One statement with the parameters the ADO.NET provider's queries take. The key is split as that provider splits
    /// it (a GUID into two longs, an integer into the second, a string key into the extension), so both find the same row.
    /// </summary>
    private NpgsqlBatchCommand Command(string sql, string stateName, GrainId grainId, int? version, ReadOnlyMemory<byte>? payload = null)
    {
        var (n0, n1, extension) = KeyOf(grainId);
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("ServiceId", NpgsqlDbType.Text) { TypedValue = cluster.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string>("GrainTypeString", NpgsqlDbType.Text) { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<long>("GrainIdN0", NpgsqlDbType.Bigint) { TypedValue = n0 });
        command.Parameters.Add(new NpgsqlParameter<long>("GrainIdN1", NpgsqlDbType.Bigint) { TypedValue = n1 });
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = (object?)extension ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)version ?? DBNull.Value });
        // The serialized state is sent as it is, not copied into an array of its own.
        command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = payload is { } bytes ? bytes : DBNull.Value });
        return command;
    }

    /// <summary>Fails the transaction unless this transaction wrote the state at <paramref name="version"/> (the write's version plus one, or 1 when new).</summary>
    private NpgsqlBatchCommand WrittenCheck(string stateName, GrainId grainId, int version)
    {
        var (n0, n1, extension) = KeyOf(grainId);
        var command = new NpgsqlBatchCommand("SELECT dexflow.require_state_written(@service, @type, @n0, @n1, @extension, @version)");
        command.Parameters.Add(new NpgsqlParameter<string>("service", NpgsqlDbType.Text) { TypedValue = cluster.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string>("type", NpgsqlDbType.Text) { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<long>("n0", NpgsqlDbType.Bigint) { TypedValue = n0 });
        command.Parameters.Add(new NpgsqlParameter<long>("n1", NpgsqlDbType.Bigint) { TypedValue = n1 });
        command.Parameters.Add(new NpgsqlParameter("extension", NpgsqlDbType.Text) { Value = (object?)extension ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = version });
        return command;
    }

    private static (long N0, long N1, string? Extension) KeyOf(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var guidExtension))
        {
            var bytes = guid.ToByteArray();
            return (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), guidExtension);
        }

        return grainId.TryGetIntegerKey(out var integer, out var integerExtension)
            ? (0, integer, integerExtension)
            : (0, 0, grainId.Key.ToString());
    }
}
