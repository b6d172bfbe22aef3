using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Storage;

/// <summary>
/// The one way a grain saves: its state is the truth, and its read model follows it, never ahead of it. The rows
/// ride in the state's write (one commit for both, and none when the write loses to another version). A failed state
/// write leaves the activation to be dropped (the stored truth is reloaded). Rows the write could not carry are
/// written on their own after it; when that fails the grain keeps working and tries again on a grain timer until they
/// land (or on the next change or activation). A row the store can never take is reported to
/// <see cref="ReadModelHealth"/> instead of retried.
/// </summary>
public sealed partial class ReadModelPublisher<TState>(
    IGrainBase grain,
    IPersistentState<TState> storage,
    IReadModel<TState> readModel,
    ReadModelHealth health,
    ILogger logger)
    where TState : class
{
    /// <summary>How soon a read model that is behind is written again; a refused row is never retried.</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(5);

    private IGrainTimer? _retry;

    /// <summary>Set while the store refuses this grain's rows: they are then written on their own, not in its state's batch.</summary>
    private bool _refused;

    /// <summary>
    /// Writes <paramref name="next"/> (nothing when it is the state held) with its rows, or publishes them after. Throws
    /// <see cref="UnconfirmedWriteException"/> when the write may have landed, never "nothing changed".
    /// </summary>
    public async Task Save(TState next)
    {
        if (ReferenceEquals(next, storage.State))
        {
            return;
        }

        // Rows the store refuses would fail their batch, and every grain's write in it, before being set aside.
        var companions = _refused ? null : readModel.Companions(next);
        var previous = storage.State;
        storage.State = next;
        try
        {
            using (companions?.Attach(next))
            {
                await storage.WriteStateAsync();
            }
        }
        catch (Exception exception)
        {
            // Whether the write landed is unknown: drop this activation so the next call reads the stored truth.
            storage.State = previous;
            grain.DeactivateOnIdle();
            if (StoreFailures.MayHaveLanded(exception))
            {
                throw new UnconfirmedWriteException(exception);
            }

            throw;
        }

        if (companions is { Written: true })
        {
            if (ReferenceEquals(next, storage.State))
            {
                // Memory only, as in Publish: the next state write persists it.
                storage.State = readModel.Published(next);
            }

            Published(next);
        }
        else
        {
            await Publish();
        }
    }

    /// <summary>Publishes the state held; safe to repeat, since a read model never goes back to an older version.</summary>
    public async Task Publish()
    {
        var published = storage.State;
        var key = readModel.KeyOf(published);
        try
        {
            var afterwards = await readModel.Publish(published);
            if (ReferenceEquals(published, storage.State))
            {
                // Memory only: the next state write persists it, and until then publishing again is harmless.
                storage.State = afterwards;
            }

            Published(published);
        }
        catch (RowRefusedException refused)
        {
            // Writing the same row again can never succeed: say so once, loudly, instead of retrying forever.
            LogRefused(refused, readModel.Table, key);
            health.Refuse(readModel.Table, key, refused);
            _refused = true;
            StopRetrying();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogBehind(exception, readModel.Table, key);
            // Kept alive while behind: a grain given up for idleness would stop retrying until someone next calls it.
            _retry ??= grain.RegisterGrainTimer(Publish, new GrainTimerCreationOptions(RetryPeriod, RetryPeriod) { KeepAlive = true });
        }
    }

    private void Published(TState state)
    {
        _refused = false;
        StopRetrying();
        health.Written(readModel.Table, readModel.KeyOf(state));
    }

    private void StopRetrying()
    {
        _retry?.Dispose();
        _retry = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read-model row {Table}/{Key} could not be written; retrying")]
    private partial void LogBehind(Exception exception, string table, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store refuses the read-model row {Table}/{Key}: it is missing from lists until it changes")]
    private partial void LogRefused(Exception exception, string table, string key);
}
