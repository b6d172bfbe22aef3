using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Content;

/// <summary>
/// Where document bytes live, addressed by SHA-256 and stored once. <see cref="PostgresContentStore"/> is the default;
/// an object-storage implementation only has to provide these few operations.
/// </summary>
public interface IContentStore
{
    /// <summary>Starts writing a file of at most <paramref name="maxBytes"/>, hashed as it is written.</summary>
    IContentWriter Create(long maxBytes);

    Task<ContentRef> Put(ReadOnlyMemory<byte> data, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> bytes from <paramref name="offset"/> (fewer at the end); null for unknown content.</summary>
    Task<byte[]?> Read(string sha256, long offset, int count, CancellationToken cancellationToken = default);

    Task<byte[]?> ReadAll(ContentRef content, CancellationToken cancellationToken = default);
}

/// <summary>A file being written; it becomes content, under its hash, when published.</summary>
public interface IContentWriter : IDisposable
{
    long Length { get; }

    /// <summary>Appends bytes; throws <see cref="Contracts.Errors.ContentTooLargeException"/> past the limit.</summary>
    Task Write(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    /// <summary>Stores the file; throws <see cref="Contracts.Errors.ValidationException"/> for an empty one.</summary>
    Task<ContentRef> Publish(CancellationToken cancellationToken = default);
}
