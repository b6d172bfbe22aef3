namespace DexFlow.Grains.Storage;

/// <summary>A read model that follows one kind of grain state (<see cref="ReadModelPublisher{TState}"/>).</summary>
public interface IReadModel<TState>
{
    /// <summary>The table, as <see cref="ReadModelHealth"/> and the logs name it ("orders").</summary>
    string Table { get; }

    string KeyOf(TState state);

    /// <summary>
    /// Writes <paramref name="state"/>'s rows; completes once they are committed, with the state as it stands then
    /// (what it held only to publish may be dropped from it), and fails with <see cref="RowRefusedException"/> when
    /// the store can never take them.
    /// </summary>
    Task<TState> Publish(TState state);
}
