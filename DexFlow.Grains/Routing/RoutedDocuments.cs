using System.Collections.Immutable;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using Npgsql;

namespace DexFlow.Grains.Routing;

/// <summary>Documents routed to a role's inbox or to the exception queue (<c>dexflow.routed_documents</c>), each once.</summary>
public sealed class RoutedDocuments(NpgsqlDataSource db, TimeProvider time)
{
    public const string InboxKind = "inbox";
    public const string ExceptionKind = "exception";

    public async Task Add(string documentId, string parcelId, string kind, Roles role, int priority, string reason, string? title)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.routed_documents (document_id, parcel_id, kind, role, priority, reason, title, created_at)
            VALUES (@document, @parcel, @kind, @role, @priority, @reason, @title, @at)
            ON CONFLICT (document_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("parcel", parcelId);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("role", role.ToString());
        command.Parameters.AddWithValue("priority", priority);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("title", (object?)title ?? DBNull.Value);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Records that someone of the document's role dealt with it; false when nothing of the caller's roles waits under that id.</summary>
    public async Task<bool> MarkDone(string documentId, Caller caller, string? note)
    {
        await using var command = db.CreateCommand("""
            UPDATE dexflow.routed_documents SET done_by = @by, done_at = @at, done_note = @note
            WHERE document_id = @document AND role = ANY(@roles) AND done_at IS NULL
            """);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("roles", RoleNames.Names(caller.Roles).ToArray());
        command.Parameters.AddWithValue("by", caller.UserId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        command.Parameters.AddWithValue("note", (object?)note ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>The routed documents waiting for any of the caller's roles, most urgent first.</summary>
    public async Task<ImmutableArray<InboxItem>> For(Caller caller, int limit)
    {
        var roles = RoleNames.Names(caller.Roles).ToArray();
        if (roles.Length == 0)
        {
            return [];
        }

        await using var command = db.CreateCommand("""
            SELECT document_id, kind, reason, title, created_at FROM dexflow.routed_documents
            WHERE role = ANY(@roles) AND done_at IS NULL ORDER BY priority DESC, created_at LIMIT @limit
            """);
        command.Parameters.AddWithValue("roles", roles);
        command.Parameters.AddWithValue("limit", limit);
        var items = ImmutableArray.CreateBuilder<InboxItem>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var kind = reader.GetString(1);
            items.Add(new InboxItem(kind == ExceptionKind ? "exception" : "document", reader.GetString(0),
                (kind == ExceptionKind ? "Place this document: " : "") + reader.GetString(2), null, null,
                reader.IsDBNull(3) ? null : reader.GetString(3), null, reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return items.ToImmutable();
    }
}
