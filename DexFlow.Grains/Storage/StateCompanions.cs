using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Rows to commit in the same transaction as a grain's next state write (its read-model row and audit entries), so that
/// a save costs one commit instead of two. The grain attaches them around <c>WriteStateAsync</c> and the batched grain
/// storage takes them when it writes that very state: an ambient value, since Orleans' storage interface has no place
/// for them. When the write
/// cannot carry them (another storage provider, or the server failed the batch carrying them), <see cref="Written"/>
/// stays false and the grain publishes them on their own.
/// </summary>
public sealed class StateCompanions(IBatchedRows writer, object item)
{
    private static readonly AsyncLocal<StateCompanions?> Attached = new();

    private bool _taken;
    private object? _state;

    public IBatchedRows Writer => writer;

    public object Item => item;

    /// <summary>The statement that fails the transaction unless the state write it follows took effect.</summary>
    public Func<NpgsqlBatchCommand> Check { get; private set; } = () => throw new InvalidOperationException("Not taken by a state write.");

    /// <summary>Whether the rows were committed with the state.</summary>
    public bool Written { get; private set; }

    /// <summary>
    /// Offers the rows to the writes of <paramref name="state"/> (the object itself) made until the result is disposed;
    /// the first one takes them.
    /// </summary>
    public IDisposable Attach(object state)
    {
        _state = state;
        Attached.Value = this;
        return new Detach();
    }

    /// <summary>
    /// The rows attached to this call for <paramref name="state"/>, if no write has taken them yet; <paramref name="check"/>
    /// guards them.
    /// </summary>
    internal static StateCompanions? TakeFor(object? state, Func<NpgsqlBatchCommand> check)
    {
        if (Attached.Value is not { _taken: false } companions || !ReferenceEquals(companions._state, state))
        {
            return null;
        }

        companions._taken = true;
        companions.Check = check;
        return companions;
    }

    internal void Committed() => Written = true;

    private sealed class Detach : IDisposable
    {
        public void Dispose() => Attached.Value = null;
    }
}
