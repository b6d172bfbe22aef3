namespace DexFlow.Grains.Storage;

/// <summary>A read model that follows one kind of grain state (<see cref="ReadModelPublisher{TState}"/>).</summary>
public interface IReadModel<TState>
{
    /// <summary>The table, as <see cref="ReadModelHealth"/> and the logs name it ("orders").</summary>
    string Table { get; }

    string KeyOf(TState state);

    /// <summary>The state's rows, for its state write to carry (one commit for both).</summary>
    StateCompanions Companions(TState state);

    /// <summary>The state as it stands once its rows are written (what it held only to publish may be dropped from it).</summary>
    TState Published(TState state);

    /// <summary>
    /// Writes <paramref name="state"/>'s rows on their own; completes once they are committed, with the state
    /// <see cref="Published"/>, and fails with <see cref="RowRefusedException"/> when the store can never take them.
    /// </summary>
    Task<TState> Publish(TState state);
}
