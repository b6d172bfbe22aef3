using Npgsql;

namespace DexFlow.Grains.Idempotency;

/// <summary>
/// Remembers which resource a client's Idempotency-Key created, and a hash of the request that came with it, so a
/// retried request finds the resource its first attempt made instead of making another.
/// </summary>
public sealed class IdempotencyLedger(NpgsqlDataSource db)
{
    public sealed record Entry(string RequestHash, string Resource);

    public async Task<Entry?> Find(string scope, string key, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand(
            "SELECT request_hash, resource FROM dexflow.idempotency_keys WHERE scope = @scope AND key = @key");
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Entry(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Records the key for <paramref name="resource"/>, unless a concurrent request claimed it first: then returns that claim.</summary>
    public async Task<Entry> Claim(string scope, string key, string requestHash, string resource, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            WITH claimed AS (
                INSERT INTO dexflow.idempotency_keys (scope, key, request_hash, resource, created_at)
                VALUES (@scope, @key, @hash, @resource, now())
                ON CONFLICT (scope, key) DO NOTHING
                RETURNING request_hash, resource)
            SELECT request_hash, resource FROM claimed
            UNION ALL
            SELECT request_hash, resource FROM dexflow.idempotency_keys WHERE scope = @scope AND key = @key
            LIMIT 1
            """);
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("hash", requestHash);
        command.Parameters.AddWithValue("resource", resource);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                return new Entry(reader.GetString(0), reader.GetString(1));
            }
        }

        // The winning claim committed after this statement's snapshot was taken; a new statement sees it.
        return await Find(scope, key, cancellationToken)
            ?? throw new InvalidOperationException($"Idempotency key '{key}' was neither claimed nor found.");
    }
}
