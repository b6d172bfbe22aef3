using System.Buffers.Text;
using System.Security.Cryptography;
using DexFlow.Contracts.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// Sessions as chains of single-use refresh tokens in <c>dexflow.refresh_tokens</c>, kept as SHA-256 hashes. A refresh
/// marks its token used and issues the next one of the same family, in one transaction; presenting a used token again
/// means a copy is about, and revokes the family, so that neither the thief nor the user can go on with it.
/// </summary>
public sealed partial class RefreshTokens(NpgsqlDataSource db, UserAccounts accounts, IOptions<SessionOptions> options, ILogger<RefreshTokens> logger)
{
    /// <summary>Starts a session for a user who just signed in.</summary>
    public async Task<RefreshToken> Start(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var (token, command) = Issue(userId, Guid.NewGuid(), familyStartedAt: DateTimeOffset.UtcNow);
        batch.BatchCommands.Add(command);

        // Expired tokens are forgotten as their user starts a new session: the table holds live sessions, not history.
        var cleanup = new NpgsqlBatchCommand("DELETE FROM dexflow.refresh_tokens WHERE user_id = @user_id AND expires_at < now() - interval '1 day'");
        cleanup.Parameters.AddWithValue("user_id", userId);
        batch.BatchCommands.Add(cleanup);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return token;
    }

    public async Task<RefreshedSession?> Refresh(string refreshToken, CancellationToken cancellationToken = default)
    {
        var hash = Hash(refreshToken);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var use = new NpgsqlCommand("""
            UPDATE dexflow.refresh_tokens SET used_at = now()
            WHERE token_hash = @hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            RETURNING family, user_id, family_started_at
            """, connection, transaction);
        use.Parameters.AddWithValue("hash", hash);
        (Guid Family, string UserId, DateTimeOffset StartedAt)? used = null;
        await using (var reader = await use.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                used = (reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
            }
        }

        if (used is not { } session)
        {
            await RevokeIfReused(connection, transaction, hash, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var user = await accounts.Get(session.UserId, cancellationToken);
        if (user is not { Active: true } || DateTimeOffset.UtcNow - session.StartedAt >= options.Value.MaxSessionLength)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var (next, issue) = Issue(session.UserId, session.Family, session.StartedAt);
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { issue } })
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RefreshedSession(user.Authenticated, next);
    }

    /// <summary>Ends the session of <paramref name="refreshToken"/>, whichever of its tokens it is.</summary>
    public async Task End(string refreshToken, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            UPDATE dexflow.refresh_tokens SET revoked_at = now()
            WHERE family = (SELECT family FROM dexflow.refresh_tokens WHERE token_hash = @hash) AND revoked_at IS NULL
            """);
        command.Parameters.AddWithValue("hash", Hash(refreshToken));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Ends every session of the user, but the one <paramref name="keep"/> (a refresh token of it) names.</summary>
    public static NpgsqlBatchCommand RevokeAll(string userId, string? keep)
    {
        var command = new NpgsqlBatchCommand("""
            UPDATE dexflow.refresh_tokens SET revoked_at = now()
            WHERE user_id = @user_id AND revoked_at IS NULL
              AND family IS DISTINCT FROM (SELECT family FROM dexflow.refresh_tokens WHERE token_hash = @keep)
            """);
        command.Parameters.AddWithValue("user_id", userId);
        command.Parameters.Add(new NpgsqlParameter("keep", NpgsqlDbType.Bytea) { Value = keep is null ? DBNull.Value : Hash(keep) });
        return command;
    }

    private async Task RevokeIfReused(NpgsqlConnection connection, NpgsqlTransaction transaction, byte[] hash, CancellationToken cancellationToken)
    {
        await using var revoke = new NpgsqlCommand("""
            UPDATE dexflow.refresh_tokens SET revoked_at = now()
            WHERE family = (SELECT family FROM dexflow.refresh_tokens WHERE token_hash = @hash AND used_at IS NOT NULL)
              AND revoked_at IS NULL
            RETURNING user_id
            """, connection, transaction);
        revoke.Parameters.AddWithValue("hash", hash);
        await using var reader = await revoke.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            LogReused(reader.GetString(0));
        }
    }

    private (RefreshToken Token, NpgsqlBatchCommand Command) Issue(string userId, Guid family, DateTimeOffset familyStartedAt)
    {
        var settings = options.Value;
        var now = DateTimeOffset.UtcNow;
        var expiresAt = Min(now + settings.RefreshTokenLifetime, familyStartedAt + settings.MaxSessionLength);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.refresh_tokens (token_hash, family, user_id, family_started_at, issued_at, expires_at)
            VALUES (@hash, @family, @user_id, @family_started_at, @issued_at, @expires_at)
            """);
        command.Parameters.AddWithValue("hash", Hash(token));
        command.Parameters.AddWithValue("family", family);
        command.Parameters.AddWithValue("user_id", userId);
        command.Parameters.AddWithValue("family_started_at", familyStartedAt);
        command.Parameters.AddWithValue("issued_at", now);
        command.Parameters.AddWithValue("expires_at", expiresAt);
        return (new RefreshToken(token, expiresAt), command);
    }

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A used refresh token of user {UserId} was presented again; the session it belongs to is ended")]
    private partial void LogReused(string userId);
}
