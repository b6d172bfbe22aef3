using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Orleans' reminder table in PostgreSQL: the rows and statements of the ADO.NET reminders provider, sent through the
/// silo's <see cref="StatementBatcher"/>, so that the reminders every parcel and order registers and removes share
/// round trips and commits with each other and with grain state. A row is written only when its commit is done.
/// </summary>
public sealed class BatchedReminderTable(NpgsqlDataSource db, OrleansQueries queries, StatementBatcher batcher, ClusterOptions cluster)
    : IReminderTable
{
    private sealed record Version(int Value);

    private sealed record Removed(bool Value);

    public Task Init() => Task.CompletedTask;

    public async Task<ReminderTableData> ReadRows(GrainId grainId) =>
        new(await ReadEntries("ReadReminderRowsKey", command => command.Parameters.Add(Text("GrainId", grainId.ToString()))));

    public async Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        // The ring is read as the ADO.NET provider reads it: hashes stored as signed integers, a range that wraps in two parts.
        new(await ReadEntries((int)begin < (int)end ? "ReadRangeRows1Key" : "ReadRangeRows2Key", command =>
        {
            command.Parameters.Add(new NpgsqlParameter<int>("BeginHash", NpgsqlDbType.Integer) { TypedValue = (int)begin });
            command.Parameters.Add(new NpgsqlParameter<int>("EndHash", NpgsqlDbType.Integer) { TypedValue = (int)end });
        }));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var sql = await queries.Get("ReadReminderRowKey");
        return await batcher.Run(() => Command(sql, command =>
        {
            command.Parameters.Add(Text("GrainId", grainId.ToString()));
            command.Parameters.Add(Text("ReminderName", reminderName));
        }), Entry);
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var sql = await queries.Get("UpsertReminderRowKey");
        var startAt = entry.StartAt.Kind is DateTimeKind.Unspecified ? DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc) : entry.StartAt.ToUniversalTime();
        var version = await batcher.Run(() => Command(sql, command =>
        {
            command.Parameters.Add(Text("GrainId", entry.GrainId.ToString()));
            command.Parameters.Add(Text("ReminderName", entry.ReminderName));
            command.Parameters.Add(new NpgsqlParameter<DateTime>("StartTime", NpgsqlDbType.TimestampTz) { TypedValue = startAt });
            command.Parameters.Add(new NpgsqlParameter<long>("Period", NpgsqlDbType.Bigint) { TypedValue = (long)entry.Period.TotalMilliseconds });
            command.Parameters.Add(new NpgsqlParameter<int>("GrainHash", NpgsqlDbType.Integer) { TypedValue = (int)entry.GrainId.GetUniformHashCode() });
        }), reader => new Version(reader.GetInt32(0)));
        return version?.Value.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var sql = await queries.Get("DeleteReminderRowKey");
        var removed = await batcher.Run(() => Command(sql, command =>
        {
            command.Parameters.Add(Text("GrainId", grainId.ToString()));
            command.Parameters.Add(Text("ReminderName", reminderName));
            command.Parameters.Add(new NpgsqlParameter<int>("Version", NpgsqlDbType.Integer) { TypedValue = int.Parse(eTag, CultureInfo.InvariantCulture) });
        }), reader => new Removed(reader.GetInt32(0) > 0));
        return removed?.Value ?? false;
    }

    public async Task TestOnlyClearTable()
    {
        var sql = await queries.Get("DeleteReminderRowsKey");
        await using var statement = db.CreateBatch();
        statement.BatchCommands.Add(Command(sql, _ => { }));
        await statement.ExecuteNonQueryAsync();
    }

    private async Task<List<ReminderEntry>> ReadEntries(string key, Action<NpgsqlBatchCommand> parameters)
    {
        // Several rows: sent on their own, not through the batcher, which hands each caller one row. Rare: a silo
        // reads its share of the ring every refresh period, and a grain's reminders when it lists them.
        var sql = await queries.Get(key);
        await using var statement = db.CreateBatch();
        statement.BatchCommands.Add(Command(sql, parameters));
        await using var reader = await statement.ExecuteReaderAsync();
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(Entry(reader));
        }

        return entries;
    }

    private NpgsqlBatchCommand Command(string sql, Action<NpgsqlBatchCommand> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(Text("ServiceId", cluster.ServiceId));
        parameters(command);
        return command;
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static ReminderEntry Entry(NpgsqlDataReader reader) => new()
    {
        GrainId = GrainId.Parse(reader.GetString(0)),
        ReminderName = reader.GetString(1),
        StartAt = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
        Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
        ETag = reader.GetInt32(4).ToString(CultureInfo.InvariantCulture),
    };
}
