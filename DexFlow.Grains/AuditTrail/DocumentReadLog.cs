using DexFlow.Contracts.Audit;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.AuditTrail;

/// <summary>
/// Writes reads of documents to <c>dexflow.document_reads</c>, the reads of the whole silo together in one statement
/// per batch, so that recording them costs a reader no more than waiting for one shared commit.
/// </summary>
public sealed partial class DocumentReadLog(NpgsqlDataSource db, ILogger<DocumentReadLog> logger) : BatchedWriter<DocumentRead>(db)
{
    public Task Record(IEnumerable<DocumentRead> reads) => Task.WhenAll(reads.Select(Enqueue));

    protected override IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<DocumentRead> batch)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.document_reads (at, actor_id, actor_name, client_address, document_id, part)
            SELECT * FROM unnest(@at, @actor_id, @actor_name, @client_address, @document_id, @part)
            """);
        void Add<T>(string name, NpgsqlDbType type, Func<DocumentRead, T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = batch.Select(column).ToArray() });

        Add("at", NpgsqlDbType.TimestampTz, read => read.At.UtcDateTime);
        Add("actor_id", NpgsqlDbType.Text, read => read.ActorId);
        Add("actor_name", NpgsqlDbType.Text, read => SafeText.Clean(read.ActorName));
        Add("client_address", NpgsqlDbType.Text, read => SafeText.Clean(read.ClientAddress));
        Add("document_id", NpgsqlDbType.Text, read => SafeText.Clean(read.DocumentId));
        Add("part", NpgsqlDbType.Text, read => read.Part);
        yield return command;
    }

    protected override void Failed(Exception exception, int count) => LogWriteFailed(exception, count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} document reads failed")]
    private partial void LogWriteFailed(Exception exception, int count);
}
