using System.Collections.Immutable;
using DexFlow.Contracts;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Search;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// Parcels' rows in <c>dexflow.parcels</c>, for the clerks' queue, lists and reports, with their history in
/// <c>dexflow.parcel_audit</c> and their indexed documents in <c>dexflow.documents</c> (search): written in batches
/// across the silo's parcels, most often in the batch that writes the parcels' state; a row never goes back to an
/// older version, and a history entry is inserted once.
/// </summary>
public sealed partial class ParcelReadModel(NpgsqlDataSource db, ILogger<ParcelReadModel> logger) : BatchedWriter<ParcelState>(db), IReadModel<ParcelState>
{
    public string Table => "parcels";

    public string KeyOf(ParcelState state) => state.Id;

    public StateCompanions Companions(ParcelState state) => Along(state);

    public ParcelState Published(ParcelState state) => state;

    public async Task<ParcelState> Publish(ParcelState state)
    {
        await Enqueue(state);
        return Published(state);
    }

    protected override IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<ParcelState> batch)
    {
        var rows = batch.GroupBy(state => state.Id).Select(group => group.MaxBy(state => state.Version)!).ToArray();
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.parcels AS p (id, version, stage, capture_point_id, channel, received_at, stage_since, documents,
                reason, sender, subject, submitted_by, indexed_by, pages, ocr_pages, ocr_confidence)
            SELECT * FROM unnest(@id, @version, @stage, @capture, @channel, @received, @since, @documents, @reason, @sender, @subject,
                @submitted, @indexed_by, @pages, @ocr_pages, @ocr_confidence)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, stage = excluded.stage, stage_since = excluded.stage_since,
                documents = excluded.documents, reason = excluded.reason, sender = excluded.sender, subject = excluded.subject,
                indexed_by = excluded.indexed_by, pages = excluded.pages, ocr_pages = excluded.ocr_pages,
                ocr_confidence = excluded.ocr_confidence
            WHERE p.version < excluded.version
            """);
        void Add<T>(string name, NpgsqlDbType type, Func<ParcelState, T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = rows.Select(column).ToArray() });

        Add("id", NpgsqlDbType.Text, state => state.Id);
        Add("version", NpgsqlDbType.Bigint, state => state.Version);
        Add("stage", NpgsqlDbType.Text, state => state.Stage.ToString());
        Add("capture", NpgsqlDbType.Text, state => state.CapturePointId);
        Add("channel", NpgsqlDbType.Text, state => state.Channel.ToString());
        Add("received", NpgsqlDbType.TimestampTz, state => state.ReceivedAt.UtcDateTime);
        Add("since", NpgsqlDbType.TimestampTz, state => state.StageSince.UtcDateTime);
        Add("documents", NpgsqlDbType.Integer, state => state.Documents.Length);
        // Senders, subjects and reasons come from documents nobody typed: what the store cannot hold is left out.
        Add("reason", NpgsqlDbType.Text, state => Clean(ParcelViews.Reason(state)));
        Add("sender", NpgsqlDbType.Text, state => Clean(state.Details.Sender));
        Add("subject", NpgsqlDbType.Text, state => Clean(state.Details.Subject));
        Add("submitted", NpgsqlDbType.Text, state => state.SubmittedBy);
        Add("indexed_by", NpgsqlDbType.Text, state => ParcelIndexingFacts.IndexedBy(state));
        Add("pages", NpgsqlDbType.Integer, state => state.Pages.Length);
        Add("ocr_pages", NpgsqlDbType.Integer, state => ParcelIndexingFacts.OcrPages(state).Count());
        Add("ocr_confidence", NpgsqlDbType.Real, state => ParcelIndexingFacts.OcrConfidence(state));
        yield return command;
        yield return HistoryCommand(rows);
        if (DocumentSearchRows.Command(rows) is { } documents)
        {
            yield return documents;
        }
    }

    private static NpgsqlBatchCommand HistoryCommand(ParcelState[] rows)
    {
        var entries = rows.SelectMany(state => state.Audit.Select((entry, sequence) => (state.Id, Sequence: sequence, Entry: entry))).ToArray();
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.parcel_audit (parcel_id, sequence, at, actor_id, actor_name, action, from_stage, to_stage, details)
            SELECT * FROM unnest(@parcel_id, @sequence, @at, @actor_id, @actor_name, @action, @from_stage, @to_stage, @details)
            ON CONFLICT (parcel_id, sequence) DO NOTHING
            """);
        void Add<T>(string name, NpgsqlDbType type, Func<(string Id, int Sequence, ParcelHistoryEntry Entry), T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = entries.Select(column).ToArray() });

        Add("parcel_id", NpgsqlDbType.Text, item => item.Id);
        Add("sequence", NpgsqlDbType.Integer, item => item.Sequence);
        Add("at", NpgsqlDbType.TimestampTz, item => item.Entry.At.UtcDateTime);
        Add("actor_id", NpgsqlDbType.Text, item => item.Entry.ActorId);
        Add("actor_name", NpgsqlDbType.Text, item => item.Entry.ActorName);
        Add("action", NpgsqlDbType.Text, item => item.Entry.Action);
        Add("from_stage", NpgsqlDbType.Text, item => item.Entry.From.ToString());
        Add("to_stage", NpgsqlDbType.Text, item => item.Entry.To.ToString());
        Add("details", NpgsqlDbType.Text, item => Clean(item.Entry.Details));
        return command;
    }

    private static string? Clean(string? text) => text is null ? null : SafeText.Clean(text);

    protected override void Failed(Exception exception, int count) => LogWriteFailed(exception, count);

    /// <summary>A page of the parcels in <paramref name="stage"/> (by default those waiting for a person: manual indexing, failed), oldest first.</summary>
    public async Task<ParcelQueuePage> Queue(ParcelStage? stage, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Paging.Size(pageSize);
        await using var command = Db.CreateCommand($"""
            SELECT id, stage, capture_point_id, channel, received_at, stage_since, documents, reason, sender, subject, count(*) OVER () AS total
            FROM dexflow.parcels WHERE stage = ANY(@stages)
            ORDER BY stage_since, id LIMIT {pageSize} OFFSET @offset
            """);
        command.Parameters.AddWithValue("stages", stage is { } only ? [only.ToString()] : new[] { nameof(ParcelStage.ManualIndexing), nameof(ParcelStage.Failed) });
        command.Parameters.AddWithValue("offset", Paging.Offset(page, pageSize));
        var rows = ImmutableArray.CreateBuilder<ParcelSummary>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                total = reader.GetInt64(10);
                rows.Add(Summary(reader));
            }
        }

        if (rows.Count == 0 && page > 1)
        {
            total = (await Queue(stage, 1, 1, cancellationToken)).Total;
        }

        return new ParcelQueuePage(rows.ToImmutable(), Math.Max(1, page), pageSize, total);
    }

    private static ParcelSummary Summary(NpgsqlDataReader reader) =>
        new(
            reader.GetString(0),
            Enum.Parse<ParcelStage>(reader.GetString(1)),
            reader.GetString(2),
            Enum.Parse<CaptureChannel>(reader.GetString(3)),
            reader.GetFieldValue<DateTimeOffset>(4),
            reader.GetFieldValue<DateTimeOffset>(5),
            reader.GetInt32(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} parcel rows to the read model failed; their grains write them again")]
    private partial void LogWriteFailed(Exception exception, int count);
}
