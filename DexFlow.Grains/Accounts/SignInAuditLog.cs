using System.Collections.Immutable;
using DexFlow.Contracts.Accounts;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Accounts;

/// <summary>The append-only sign-in audit in <c>dexflow.sign_in_audit</c>.</summary>
public sealed class SignInAuditLog(NpgsqlDataSource db)
{
    private const string InsertSql = """
        INSERT INTO dexflow.sign_in_audit (at, user_name, client_address, outcome, detail)
        VALUES (@at, @user_name, @client_address, @outcome, @detail)
        """;

    /// <summary>The entry as a statement, so that it commits together with the lockout change it explains.</summary>
    public static NpgsqlBatchCommand Entry(DateTimeOffset at, string userName, string clientAddress, SignInOutcome outcome, string? detail = null)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        command.Parameters.AddWithValue("at", at);
        command.Parameters.AddWithValue("user_name", userName);
        command.Parameters.AddWithValue("client_address", clientAddress);
        command.Parameters.AddWithValue("outcome", outcome.ToString());
        command.Parameters.Add(new NpgsqlParameter("detail", NpgsqlDbType.Text) { Value = (object?)detail ?? DBNull.Value });
        return command;
    }

    public async Task Append(DateTimeOffset at, string userName, string clientAddress, SignInOutcome outcome, string? detail = null)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Entry(at, userName, clientAddress, outcome, detail));
        await batch.ExecuteNonQueryAsync();
    }

    public async Task<SignInAuditPage> Read(SignInAuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            SELECT id, at, user_name, client_address, outcome, detail FROM dexflow.sign_in_audit
            WHERE (@user_name::text IS NULL OR user_name = @user_name)
              AND (@client_address::text IS NULL OR client_address = @client_address)
              AND (@before::bigint IS NULL OR id < @before)
            ORDER BY id DESC LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("user_name", NpgsqlDbType.Text) { Value = query.UserName is { } name ? UserNames.Normalize(name) : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("client_address", NpgsqlDbType.Text) { Value = (object?)query.ClientAddress ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Bigint) { Value = (object?)query.Before ?? DBNull.Value });
        var limit = Math.Clamp(query.Limit, 1, SignInAuditQuery.MaxLimit);
        command.Parameters.AddWithValue("limit", limit);
        var entries = ImmutableArray.CreateBuilder<SignInAuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new SignInAuditEntry(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<SignInOutcome>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        var page = entries.ToImmutable();
        return new SignInAuditPage(page, page.Length == limit ? page[^1].Id : null);
    }
}
