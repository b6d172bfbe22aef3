using System.Collections.Immutable;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Contracts.Validation;
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
        // Reasons and titles carry senders and subjects of documents nobody typed: what the store cannot hold is left out.
        command.Parameters.AddWithValue("reason", SafeText.Clean(reason));
        command.Parameters.AddWithValue("title", title is null ? DBNull.Value : SafeText.Clean(title));
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
}
