namespace DexFlow.Contracts.Documents;

/// <summary>Reads stored content by range, for streaming downloads. Stateless; use key 0.</summary>
[Alias("dexflow.content-reader")]
public interface IContentReaderGrain : IGrainWithIntegerKey
{
    /// <summary>Up to <paramref name="count"/> bytes from <paramref name="offset"/>; fewer only at the end.</summary>
    [Alias("read")]
    Task<byte[]> Read(string sha256, long offset, int count);
}
