using System.Collections.Concurrent;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Grains being created under a name just drawn (an order number), whose state cannot exist yet: while the call that
/// creates one is under way, its first activation on this silo starts from no state without reading the store, which
/// saves a creation one round trip. Only while that call lasts: an activation after it (say on this silo after the
/// grain's own silo died) reads as usual. Were a name not new after all, the grain's first write, made "from no
/// version", would be refused over the existing row.
/// </summary>
public sealed class FreshGrains
{
    private readonly ConcurrentDictionary<GrainId, bool> _creating = new();

    /// <summary>Marks <paramref name="grain"/> as new until the result is disposed.</summary>
    public IDisposable Creating(GrainId grain)
    {
        _creating[grain] = true;
        return new Created(this, grain);
    }

    /// <summary>Whether <paramref name="grain"/> is being created here and not yet activated; true only once.</summary>
    public bool TryTake(GrainId grain) => !_creating.IsEmpty && _creating.TryRemove(grain, out _);

    private sealed class Created(FreshGrains fresh, GrainId grain) : IDisposable
    {
        public void Dispose() => fresh._creating.TryRemove(grain, out _);
    }
}
