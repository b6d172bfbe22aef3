namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>Work of an order set to run once, soon, on a timer of its activation; setting it again replaces the wait.</summary>
public sealed class PendingRun(OrderHost order, Func<Task> work)
{
    private IGrainTimer? _timer;

    public void After(TimeSpan delay)
    {
        _timer?.Dispose();
        _timer = order.Once(
            async () =>
            {
                Cancel();
                await work();
            },
            delay);
    }

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
