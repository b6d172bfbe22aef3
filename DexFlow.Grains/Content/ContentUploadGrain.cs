using DexFlow.Contracts.Documents;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Content;

/// <summary>One upload in progress, held in memory only: an upload that dies with its silo was never acknowledged.</summary>
public sealed class ContentUploadGrain(ContentStore store, IOptions<ContentOptions> options) : Grain, IContentUploadGrain
{
    private ContentStore.Writer? _writer;

    private ContentStore.Writer Writer => _writer ??= store.Create(options.Value.MaxFileBytes);

    public Task Append(byte[] piece) => Writer.Write(piece);

    public async Task<ContentRef> Complete(byte[] lastPiece)
    {
        try
        {
            await Writer.Write(lastPiece);
            return await Writer.Publish();
        }
        finally
        {
            _writer?.Dispose();
            _writer = null;
            DeactivateOnIdle();
        }
    }
}
