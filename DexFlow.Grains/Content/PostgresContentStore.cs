using System.Buffers;
using System.Security.Cryptography;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Content;

/// <summary>
/// Document bytes in PostgreSQL, addressed by SHA-256: a file is written in 256 KiB chunks under a fresh storage key
/// while it is hashed, then published under its hash; when the hash is already known the new chunks are dropped, so
/// identical content is stored once. Files of one chunk (most scans, every generated PDF) are stored through a
/// <see cref="StatementBatcher"/> of their own: many uploads share one transaction, so they do not queue one by one on
/// the commit and on extending the table. Reads fetch only the chunks a range needs, and small files this silo stored
/// or read lately come from memory (<see cref="RecentContent"/>). The one place to swap in object storage later.
/// </summary>
public sealed class PostgresContentStore(NpgsqlDataSource db, ILogger<StatementBatcher> logger, IOptions<ContentOptions> options) : IContentStore, IDisposable
{
    public const int ChunkSize = 256 * 1024;

    // The files' own batcher: a batch of files is large, and grain state should not wait behind it.
    private readonly StatementBatcher _smallFiles = new(db, logger);
    private readonly RecentContent _recent = new(options.Value.RecentFilesBytes);

    /// <summary>A file being written: chunks go to the store as they fill; publishing makes it content.</summary>
    private sealed class Writer(NpgsqlDataSource db, StatementBatcher smallFiles, RecentContent recent, long maxBytes) : IContentWriter
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Pooled: a chunk is larger than the small-object heap takes, and a busy intake would otherwise allocate one
        // on the large-object heap per file.
        private readonly byte[] _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private readonly Guid _storageKey = Guid.NewGuid();
        private int _filled;
        private int _chunks;
        private bool _disposed;

        public long Length { get; private set; }

        public async Task Write(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
        {
            if (Length + data.Length > maxBytes)
            {
                throw new ContentTooLargeException(maxBytes);
            }

            _hash.AppendData(data.Span);
            Length += data.Length;
            while (!data.IsEmpty)
            {
                var take = Math.Min(ChunkSize - _filled, data.Length);
                data.Span[..take].CopyTo(_chunk.AsSpan(_filled));
                _filled += take;
                data = data[take..];
                if (_filled == ChunkSize)
                {
                    await Flush(cancellationToken);
                }
            }
        }

        public async Task<ContentRef> Publish(CancellationToken cancellationToken = default)
        {
            if (Length == 0)
            {
                throw ValidationException.For("file", "The file is empty.");
            }

            var sha = Convert.ToHexStringLower(_hash.GetHashAndReset());
            if (_chunks == 0)
            {
                // A file of one chunk is written and published in one statement, and only if its hash is new.
                await smallFiles.Run(() => PublishSingleChunk(sha), _ => new object());
                recent.Keep(sha, _chunk.AsSpan(0, _filled));
                return new ContentRef(sha, Length);
            }

            await Flush(cancellationToken);
            await using var command = db.CreateCommand("""
                WITH published AS (
                    INSERT INTO dexflow.content (sha256, length, storage_key, created_at)
                    VALUES (@sha, @length, @key, now())
                    ON CONFLICT (sha256) DO NOTHING
                    RETURNING 1)
                DELETE FROM dexflow.content_chunks
                WHERE storage_key = @key AND NOT EXISTS (SELECT 1 FROM published)
                """);
            command.Parameters.AddWithValue("sha", sha);
            command.Parameters.AddWithValue("length", Length);
            command.Parameters.AddWithValue("key", _storageKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new ContentRef(sha, Length);
        }

        private NpgsqlBatchCommand PublishSingleChunk(string sha)
        {
            var single = new NpgsqlBatchCommand("""
                WITH published AS (
                    INSERT INTO dexflow.content (sha256, length, storage_key, created_at)
                    VALUES (@sha, @length, @key, now())
                    ON CONFLICT (sha256) DO NOTHING
                    RETURNING storage_key)
                INSERT INTO dexflow.content_chunks (storage_key, index, data)
                SELECT storage_key, 0, @data FROM published
                """);
            single.Parameters.AddWithValue("sha", sha);
            single.Parameters.AddWithValue("length", Length);
            single.Parameters.AddWithValue("key", _storageKey);
            single.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = new ReadOnlyMemory<byte>(_chunk, 0, _filled) });
            return single;
        }

        private async Task Flush(CancellationToken cancellationToken)
        {
            if (_filled == 0)
            {
                return;
            }

            await using var command = db.CreateCommand(
                "INSERT INTO dexflow.content_chunks (storage_key, index, data) VALUES (@key, @index, @data)");
            command.Parameters.AddWithValue("key", _storageKey);
            command.Parameters.AddWithValue("index", _chunks++);
            command.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = new ReadOnlyMemory<byte>(_chunk, 0, _filled) });
            await command.ExecuteNonQueryAsync(cancellationToken);
            _filled = 0;
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _hash.Dispose();
                ArrayPool<byte>.Shared.Return(_chunk);
            }
        }
    }

    public IContentWriter Create(long maxBytes) => new Writer(db, _smallFiles, _recent, maxBytes);

    public async Task<ContentRef> Put(ReadOnlyMemory<byte> data, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var writer = Create(maxBytes);
        await writer.Write(data, cancellationToken);
        return await writer.Publish(cancellationToken);
    }

    /// <summary>Reads <paramref name="count"/> bytes from <paramref name="offset"/> (fewer at the end); null when the content is unknown.</summary>
    public async Task<byte[]?> Read(string sha256, long offset, int count, CancellationToken cancellationToken = default)
    {
        if (_recent.Read(sha256, offset, count) is { } kept)
        {
            return kept;
        }

        await using var command = db.CreateCommand("""
            SELECT c.length, k.index, k.data
            FROM dexflow.content c
            LEFT JOIN dexflow.content_chunks k
                ON k.storage_key = c.storage_key AND k.index BETWEEN @first AND @last
            WHERE c.sha256 = @sha
            ORDER BY k.index
            """);
        command.Parameters.AddWithValue("sha", sha256);
        command.Parameters.AddWithValue("first", (int)(offset / ChunkSize));
        command.Parameters.AddWithValue("last", (int)((offset + Math.Max(count, 1) - 1) / ChunkSize));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        byte[]? result = null;
        var written = 0;
        long length = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            length = reader.GetInt64(0);
            result ??= new byte[(int)Math.Clamp(length - offset, 0, count)];
            if (reader.IsDBNull(1))
            {
                continue;
            }

            var chunkStart = (long)reader.GetInt32(1) * ChunkSize;
            var chunk = reader.GetFieldValue<byte[]>(2);
            var from = (int)Math.Max(0, offset - chunkStart);
            var take = Math.Min(chunk.Length - from, result.Length - written);
            if (take > 0)
            {
                Array.Copy(chunk, from, result, written, take);
                written += take;
            }
        }

        if (result is not null && offset == 0 && written == length)
        {
            _recent.Keep(sha256, result);
        }

        return result;
    }

    public async Task<byte[]?> ReadAll(ContentRef content, CancellationToken cancellationToken = default) =>
        await Read(content.Sha256, 0, checked((int)content.Length), cancellationToken);

    public void Dispose() => _recent.Dispose();
}
