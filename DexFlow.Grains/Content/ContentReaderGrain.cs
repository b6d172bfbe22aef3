using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using Orleans.Concurrency;

namespace DexFlow.Grains.Content;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class ContentReaderGrain(IContentStore store) : Grain, IContentReaderGrain
{
    public const int MaxRead = 1024 * 1024;

    public async Task<byte[]> Read(string sha256, long offset, int count) =>
        await store.Read(sha256, Math.Max(0, offset), Math.Clamp(count, 0, MaxRead))
        ?? throw new NotFoundException("Content", sha256);
}
