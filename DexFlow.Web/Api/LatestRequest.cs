namespace DexFlow.Web.Api;

/// <summary>
/// Of a page's overlapping reads of one list (a poll, a filter or page change, a manual refresh) only the newest may
/// be applied: <see cref="Start"/> cancels the read before, and <see cref="IsLatest"/> tells an answer that arrives
/// anyway (a network need not honour the cancellation) that a newer read has replaced it.
/// </summary>
public sealed class LatestRequest : IDisposable
{
    private CancellationTokenSource? current;

    /// <summary>A token for the next read, cancelled when the page is left (<paramref name="leaving"/>) or a newer read starts.</summary>
    public CancellationToken Start(CancellationToken leaving)
    {
        current?.Cancel();
        current?.Dispose();
        current = CancellationTokenSource.CreateLinkedTokenSource(leaving);
        return current.Token;
    }

    /// <summary>Whether the read holding <paramref name="token"/> is still the newest, so that its answer may be shown.</summary>
    public bool IsLatest(CancellationToken token) => current is not null && current.Token == token && !token.IsCancellationRequested;

    public void Dispose()
    {
        current?.Cancel();
        current?.Dispose();
        current = null;
    }
}
