using DexFlow.Contracts.Documents;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Content;

/// <summary>One upload in progress, held in memory only: an upload that dies with its silo was never acknowledged.</summary>
public sealed class ContentUploadGrain(IContentStore store, IOptions<ContentOptions> options) : Grain, IContentUploadGrain
{
    private IContentWriter? _writer;

    private IContentWriter Writer => _writer ??= store.Create(options.Value.MaxFileBytes);

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
