using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Storage;

/// <summary>One published version of a configuration document.</summary>
public sealed record PublishedVersion<T>(int Version, T? Content, string PublishedBy, DateTimeOffset PublishedAt, string Comment);

/// <summary>
/// Configuration that administrators edit as whole documents (routing rules, the price list): every publication is a
/// new row of an append-only table, so earlier versions stay readable. Version 1 is the built-in default, written the
/// first time anyone asks.
/// </summary>
/// <param name="table">A table with columns version, <paramref name="column"/> (jsonb), published_by, published_at, comment.</param>
public abstract class VersionedDocumentStore<T>(NpgsqlDataSource db, TimeProvider time, string table, string column, T defaults, string defaultsComment)
    where T : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The table's name in the <c>dexflow</c> schema.</summary>
    public string Table => table;

    public async Task<int> CurrentVersion(CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT max(version) FROM dexflow.{table}");
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : await SeedDefaults(cancellationToken);
    }

    public async Task<PublishedVersion<T>?> Get(int version, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT version, {column}, published_by, published_at, comment FROM dexflow.{table} WHERE version = @version");
        command.Parameters.AddWithValue("version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader, withContent: true) : null;
    }

    /// <summary>The version in force, in one query (the defaults are written first when there is none yet).</summary>
    public async Task<PublishedVersion<T>> Current(CancellationToken cancellationToken = default)
    {
        await using (var command = db.CreateCommand($"SELECT version, {column}, published_by, published_at, comment FROM dexflow.{table} ORDER BY version DESC LIMIT 1"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                return Read(reader, withContent: true);
            }
        }

        return (await Get(await SeedDefaults(cancellationToken), cancellationToken))!;
    }

    /// <summary>Every version, newest first, without their content.</summary>
    public async Task<ImmutableArray<PublishedVersion<T>>> History(CancellationToken cancellationToken = default)
    {
        await CurrentVersion(cancellationToken);
        await using var command = db.CreateCommand($"SELECT version, NULL, published_by, published_at, comment FROM dexflow.{table} ORDER BY version DESC");
        var versions = ImmutableArray.CreateBuilder<PublishedVersion<T>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Read(reader, withContent: false));
        }

        return versions.ToImmutable();
    }

    /// <summary>Stores the content as the next version; concurrent publications get consecutive versions.</summary>
    public async Task<PublishedVersion<T>> Publish(T content, string publishedBy, string comment, CancellationToken cancellationToken = default)
    {
        await CurrentVersion(cancellationToken);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"LOCK TABLE dexflow.{table} IN EXCLUSIVE MODE", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var now = time.GetUtcNow();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO dexflow.{table} (version, {column}, published_by, published_at, comment)
            SELECT coalesce(max(version), 0) + 1, @content, @by, @at, @comment FROM dexflow.{table}
            RETURNING version
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(content, Json) });
        command.Parameters.AddWithValue("by", publishedBy);
        command.Parameters.AddWithValue("at", now);
        command.Parameters.AddWithValue("comment", comment);
        var version = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return new PublishedVersion<T>(version, content, publishedBy, now, comment);
    }

    private async Task<int> SeedDefaults(CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand($"""
            INSERT INTO dexflow.{table} (version, {column}, published_by, published_at, comment)
            VALUES (1, @content, 'dexflow', now(), @comment)
            ON CONFLICT (version) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(defaults, Json) });
        command.Parameters.AddWithValue("comment", defaultsComment);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return 1;
    }

    private static PublishedVersion<T> Read(NpgsqlDataReader reader, bool withContent) => new(
        reader.GetInt32(0),
        withContent ? JsonSerializer.Deserialize<T>(reader.GetString(1), Json) : null,
        reader.GetString(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetString(4));
}
