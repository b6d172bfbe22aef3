using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Parcels;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Search;

/// <summary>
/// The rows of <c>dexflow.documents</c> a parcel's state gives: written with the parcel's own row when its documents
/// wait for a clerk or are routed (their type, fields and route known); not in the passing Routing stage, so that a
/// parcel's words are computed once on its way through. A row never goes back to an older version. Words are weighted: file name, subject and sender first, then fields, then the text.
/// </summary>
public static class DocumentSearchRows
{
    private static readonly ParcelStage[] Indexed = [ParcelStage.ManualIndexing, ParcelStage.Routed];

    /// <summary>At most this much of a document's text is searchable (PostgreSQL's tsvector holds at most 1 MB).</summary>
    public const int MaxText = 200_000;

    public static NpgsqlBatchCommand? Command(IReadOnlyList<ParcelState> parcels)
    {
        var rows = parcels.Where(state => Indexed.Contains(state.Stage))
            .SelectMany(state => state.Documents.Select((document, index) => (State: state, Document: document, Index: index)))
            .ToArray();
        if (rows.Length == 0)
        {
            return null;
        }

        // A document of pages takes its text from what reading stored (dexflow.page_readings), computed here once per
        // row; a document read whole brings its own.
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.documents AS d (document_id, parcel_id, version, parcel_stage, submitted_by, capture_point_id, channel,
                received_at, type, route_kind, route_role, order_number, file_name, sender, subject, language, pages, fields, text, search)
            SELECT r.document_id, r.parcel_id, r.version, r.parcel_stage, r.submitted_by, r.capture_point_id, r.channel, r.received_at,
                r.type, r.route_kind, r.route_role, r.order_number, r.file_name, r.sender, r.subject, r.language::regconfig, r.pages,
                r.fields, t.text,
                setweight(to_tsvector(r.language::regconfig, concat_ws(' ', r.file_name, r.subject, r.sender)), 'A')
                || setweight(to_tsvector(r.language::regconfig, r.fields), 'B')
                || setweight(to_tsvector(r.language::regconfig, t.text), 'C')
            FROM unnest(@document_id, @parcel_id, @version, @parcel_stage, @submitted_by, @capture_point_id, @channel, @received_at,
                @type, @route_kind, @route_role, @order_number, @file_name, @sender, @subject, @language, @pages, @fields, @text,
                @sha256, @pages_in_file)
                AS r (document_id, parcel_id, version, parcel_stage, submitted_by, capture_point_id, channel, received_at, type,
                      route_kind, route_role, order_number, file_name, sender, subject, language, pages, fields, text, sha256, pages_in_file)
            CROSS JOIN LATERAL (
                SELECT left(translate(coalesce(r.text,
                    (SELECT string_agg(p.text, E'\n' ORDER BY p.page) FROM dexflow.page_readings p
                     WHERE p.sha256 = r.sha256 AND p.page = ANY (r.pages_in_file::integer[])), ''), @marks, '  '), @max_text) AS text) t
            ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, parcel_stage = excluded.parcel_stage,
                type = excluded.type, route_kind = excluded.route_kind, route_role = excluded.route_role,
                order_number = excluded.order_number, language = excluded.language, pages = excluded.pages,
                fields = excluded.fields, text = excluded.text, search = excluded.search
            WHERE d.version < excluded.version
            """);
        void Add<T>(string name, NpgsqlDbType type, Func<(ParcelState State, ParcelDocument Document, int Index), T> column) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = rows.Select(column).ToArray() });

        Add("document_id", NpgsqlDbType.Text, row => ParcelIds.Document(row.State.Id, row.Index));
        Add("parcel_id", NpgsqlDbType.Text, row => row.State.Id);
        Add("version", NpgsqlDbType.Bigint, row => row.State.Version);
        Add("parcel_stage", NpgsqlDbType.Text, row => row.State.Stage.ToString());
        Add("submitted_by", NpgsqlDbType.Text, row => row.State.SubmittedBy);
        Add("capture_point_id", NpgsqlDbType.Text, row => row.State.CapturePointId);
        Add("channel", NpgsqlDbType.Text, row => row.State.Channel.ToString());
        Add("received_at", NpgsqlDbType.TimestampTz, row => row.State.ReceivedAt.UtcDateTime);
        Add("type", NpgsqlDbType.Text, row => row.Document.Type?.ToString());
        Add("route_kind", NpgsqlDbType.Text, row => row.Document.Route?.Kind.ToString());
        Add("route_role", NpgsqlDbType.Text, row => row.Document.Route?.Role);
        Add("order_number", NpgsqlDbType.Text, row => row.Document.Route?.OrderNumber);
        Add("file_name", NpgsqlDbType.Text, row => Clean(FileName(row.State, row.Document)));
        Add("sender", NpgsqlDbType.Text, row => CleanOrNull(row.State.Details.Sender));
        Add("subject", NpgsqlDbType.Text, row => CleanOrNull(row.State.Details.Subject));
        Add("language", NpgsqlDbType.Text, row => row.Document.Language ?? DocumentLanguage.Of(row.Document.Text));
        Add("pages", NpgsqlDbType.Integer, row => row.Document.Pages.Length);
        Add("fields", NpgsqlDbType.Text, row => Clean(string.Join(' ', row.Document.Fields.Select(field => field.Value))));
        Add("text", NpgsqlDbType.Text, row => row.Document.Text is { } text ? SafeText.Clean(text) : null);
        Add("sha256", NpgsqlDbType.Text, row => FileOf(row.State, row.Document)?.Content.Sha256);
        Add("pages_in_file", NpgsqlDbType.Text, row => "{" + string.Join(',', PagesInFile(row.State, row.Document)) + "}");
        command.Parameters.AddWithValue("marks", $"{Snippets.Start}{Snippets.Stop}");
        command.Parameters.AddWithValue("max_text", MaxText);
        return command;
    }

    /// <summary>The file the document was cut from; none for an e-mail's body (file index -1).</summary>
    private static ParcelFile? FileOf(ParcelState state, ParcelDocument document) =>
        document.FileIndex >= 0 && document.FileIndex < state.Files.Length ? state.Files[document.FileIndex] : null;

    private static string FileName(ParcelState state, ParcelDocument document) => FileOf(state, document)?.FileName ?? "";

    private static IEnumerable<int> PagesInFile(ParcelState state, ParcelDocument document) =>
        state.Pages.Where(page => document.Pages.Contains(page.Number)).Select(page => page.PageInFile);

    // Text read from documents nobody typed: what the store cannot hold (NUL, lone surrogates) is left out, and so
    // are the characters snippets mark matches with.
    private static string Clean(string text) => SafeText.Clean(text).Replace(Snippets.Start, ' ').Replace(Snippets.Stop, ' ');

    private static string? CleanOrNull(string? text) => text is null ? null : Clean(text);
}
