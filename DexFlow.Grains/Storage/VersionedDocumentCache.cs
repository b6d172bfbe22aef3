namespace DexFlow.Grains.Storage;

/// <summary>
/// The version in force of a <see cref="VersionedDocumentStore{T}"/> document, kept per silo in the form its users
/// need (compiled rules, prices). Whoever asks after the refresh interval has passed since the last check causes one
/// cheap look at the newest version number, and a newer version is loaded and prepared before the answer: no silo
/// uses a superseded version for longer than that interval after it was published (the publishing silo calls
/// <see cref="Invalidate"/> and switches at once). A check the store cannot answer keeps the version held until the
/// next interval: a store outage fails the writes that need the store, not every command that asks for the version.
/// </summary>
public sealed class VersionedDocumentCache<T, TPrepared>(
    VersionedDocumentStore<T> store,
    Func<PublishedVersion<T>, TPrepared> prepare,
    Func<TimeSpan> refreshInterval,
    TimeProvider time)
    where T : class
    where TPrepared : class
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Held? _current;
    private long _checkedAtTicks; // read without the lock: a long, so never torn

    private bool Due => time.GetUtcNow().UtcTicks - Interlocked.Read(ref _checkedAtTicks) >= refreshInterval().Ticks;

    public async Task<TPrepared> Current(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && !Due)
        {
            return fresh.Prepared;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is null || Due)
            {
                _current = await Refreshed(_current, cancellationToken);
                Interlocked.Exchange(ref _checkedAtTicks, time.GetUtcNow().UtcTicks);
            }

            return _current.Prepared;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<Held> Refreshed(Held? held, CancellationToken cancellationToken)
    {
        try
        {
            var version = await store.CurrentVersion(cancellationToken);
            if (held?.Version == version)
            {
                return held;
            }

            var published = await store.Get(version, cancellationToken) ?? throw new InvalidOperationException($"Version {version} of dexflow.{store.Table} is missing.");
            return new Held(version, prepare(published));
        }
        catch (Exception exception) when (held is not null && StoreFailures.IsStoreFailure(exception))
        {
            // Keep what is held; the next interval looks again.
            return held;
        }
    }

    private sealed record Held(int Version, TPrepared Prepared);

    /// <summary>Makes the next call look for a newer version (after this silo published one).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _checkedAtTicks, 0);
}
