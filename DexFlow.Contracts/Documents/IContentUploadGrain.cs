namespace DexFlow.Contracts.Documents;

/// <summary>
/// Receives one file in pieces and stores it in the content store, hashing as it goes, so no process holds a large
/// upload in memory. Key: a new Guid per upload. The content is durable when <see cref="Complete"/> returns.
/// </summary>
[Alias("dexflow.content-upload")]
public interface IContentUploadGrain : IGrainWithGuidKey
{
    /// <summary>Appends the next piece; fails with <see cref="Errors.ValidationException"/> past the size limit.</summary>
    [Alias("append")]
    Task Append(byte[] piece);

    /// <summary>Appends the last piece (may be empty) and stores the file; an empty file is refused.</summary>
    [Alias("complete")]
    Task<ContentRef> Complete(byte[] lastPiece);
}
