using DexFlow.Contracts.Documents;

namespace DexFlow.Api.Documents;

/// <summary>
/// Stored content as a seekable, read-only stream that fetches what is read from the silos in pieces, so downloads
/// (and HTTP range requests) never load a whole file into the API.
/// </summary>
public sealed class ContentStream(IContentReaderGrain reader, ContentRef content) : Stream
{
    /// <summary>Stored content as a download: its media type and name, Range support, and its hash as the ETag.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileStreamHttpResult Download(IGrainFactory grains, ContentRef content, string mediaType, string fileName) =>
        TypedResults.Stream(new ContentStream(grains.GetGrain<IContentReaderGrain>(0), content), mediaType, fileName, enableRangeProcessing: true,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{content.Sha256}\""));

    private const int Piece = 1024 * 1024;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => content.Length;

    public override long Position { get; set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Position >= Length || buffer.IsEmpty)
        {
            return 0;
        }

        var piece = await reader.Read(content.Sha256, Position, Math.Min(buffer.Length, Piece)).WaitAsync(cancellationToken);
        piece.CopyTo(buffer);
        Position += piece.Length;
        return piece.Length;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
