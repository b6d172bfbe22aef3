using Microsoft.Extensions.Caching.Memory;

namespace DexFlow.Grains.Content;

/// <summary>
/// Small files this silo stored or read lately, by hash, up to a budget of bytes. Content never changes under its
/// hash, so a kept copy is never stale. It spares reading back a file just received (a parcel inspects its upload at
/// once: that read was a fifth of PostgreSQL's work during intake) and reading a file again for each of its pages and
/// pictures.
/// </summary>
public sealed class RecentContent(long budgetBytes) : IDisposable
{
    /// <summary>Larger files are not kept: one of them would push out many small ones.</summary>
    public const int MaxFileBytes = PostgresContentStore.ChunkSize;

    // Over budget, a file is not kept until compaction has made room; making a quarter of the room at a time keeps
    // that from turning away most of a busy intake's files.
    private readonly MemoryCache _files = new(new MemoryCacheOptions { SizeLimit = Math.Max(budgetBytes, 0), CompactionPercentage = 0.25 });

    /// <summary>Keeps a copy of a whole file, if it is small enough.</summary>
    public void Keep(string sha256, ReadOnlySpan<byte> data)
    {
        if (data.Length is > 0 and <= MaxFileBytes)
        {
            _files.Set(sha256, data.ToArray(), new MemoryCacheEntryOptions { Size = data.Length });
        }
    }

    /// <summary>A copy of up to <paramref name="count"/> bytes from <paramref name="offset"/>, or null when the file is not kept.</summary>
    public byte[]? Read(string sha256, long offset, int count) =>
        _files.TryGetValue(sha256, out byte[]? data) && data is not null
            ? data.AsSpan((int)Math.Min(offset, data.Length), (int)Math.Clamp(data.Length - offset, 0, count)).ToArray()
            : null;

    public void Dispose() => _files.Dispose();
}
