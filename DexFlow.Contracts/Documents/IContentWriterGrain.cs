namespace DexFlow.Contracts.Documents;

/// <summary>
/// Stores a file that arrived whole (no larger than one upload piece) in one call, with no upload grain activated for
/// it. Stateless; use key 0. The content is durable when <see cref="Put"/> returns.
/// </summary>
[Alias("dexflow.content-writer")]
public interface IContentWriterGrain : IGrainWithIntegerKey
{
    /// <summary>Stores the file; an empty or oversized file is refused with <see cref="Errors.ValidationException"/>.</summary>
    [Alias("put")]
    Task<ContentRef> Put(byte[] file);
}
