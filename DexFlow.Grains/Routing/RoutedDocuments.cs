using System.Collections.Immutable;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Contracts.Validation;
using Npgsql;

namespace DexFlow.Grains.Routing;

/// <summary>
/// Documents routed to a role's inbox or to the exception queue (<c>dexflow.routed_documents</c>), one row a document:
/// routing the same document to the same place again changes nothing; a clerk placing it elsewhere replaces the row.
/// </summary>
public sealed class RoutedDocuments(NpgsqlDataSource db, TimeProvider time)
{
    public const string InboxKind = "inbox";
    public const string ExceptionKind = "exception";

    public async Task Add(string documentId, string parcelId, string kind, Roles role, int priority, string reason, string? title)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.routed_documents (document_id, parcel_id, kind, role, priority, reason, title, created_at)
            VALUES (@document, @parcel, @kind, @role, @priority, @reason, @title, @at)
            ON CONFLICT (document_id) DO UPDATE SET kind = excluded.kind, role = excluded.role, priority = excluded.priority,
                reason = excluded.reason, title = excluded.title, created_at = excluded.created_at, done_by = NULL, done_at = NULL, done_note = NULL
            WHERE routed_documents.kind <> excluded.kind OR routed_documents.role <> excluded.role
            """);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("parcel", parcelId);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("role", role.ToString());
        command.Parameters.AddWithValue("priority", priority);
        // Reasons and titles carry senders and subjects of documents nobody typed: what the store cannot hold is left out.
        command.Parameters.AddWithValue("reason", SafeText.Clean(reason));
        command.Parameters.AddWithValue("title", title is null ? DBNull.Value : SafeText.Clean(title));
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Records that a clerk placed the document elsewhere by hand: it leaves the queue it waited in.</summary>
    public async Task Placed(string documentId, Caller clerk, string note)
    {
        await using var command = db.CreateCommand("""
            UPDATE dexflow.routed_documents SET done_by = @by, done_at = @at, done_note = @note
            WHERE document_id = @document AND done_at IS NULL
            """);
        command.Parameters.AddWithValue("document", documentId);
        command.Parameters.AddWithValue("by", clerk.UserId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        command.Parameters.AddWithValue("note", note);
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
}
