using DexFlow.Contracts.Documents;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace DexFlow.Grains.Content;

// Holds no state: small files from many uploads are stored side by side.
[StatelessWorker, Reentrant]
public sealed class ContentWriterGrain(IContentStore store, IOptions<ContentOptions> options) : Grain, IContentWriterGrain
{
    public Task<ContentRef> Put(byte[] file) => store.Put(file, options.Value.MaxFileBytes);
}
