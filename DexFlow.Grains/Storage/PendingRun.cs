namespace DexFlow.Grains.Storage;

/// <summary>
/// Work of a grain set to run once, soon, on a timer of its activation (setting it again replaces the wait). The
/// activation is not given up for idleness before the work has run: owed work outlives the short idle time orders
/// and parcels are kept for.
/// </summary>
public sealed class PendingRun(IGrainBase grain, Func<Task> work)
{
    private IGrainTimer? _timer;

    public void After(TimeSpan delay)
    {
        _timer?.Dispose();
        _timer = grain.RegisterGrainTimer(
            async () =>
            {
                Cancel();
                await work();
            },
            new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
