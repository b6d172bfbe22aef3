using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// What an order grain lends the parts that finish its work after a change (processing, invoicing, the deadline watch,
/// restoring a plan): the state held, the one way to save it, and the grain's reminders and timers.
/// </summary>
public sealed class OrderHost(Grain grain, IPersistentState<OrderState> storage, ReadModelPublisher<OrderState> saving)
{
    public OrderState State => storage.State;

    public bool Exists => storage.RecordExists;

    public Task Save(OrderState next) => saving.Save(next);

    /// <summary>Registers (or re-registers) a durable reminder: it fires on some silo even if this one dies.</summary>
    public Task Remind(string reminder, TimeSpan period) => grain.RegisterOrUpdateReminder(reminder, period, period);

    public async Task Forget(string reminder)
    {
        if (await grain.GetReminder(reminder) is { } registered)
        {
            await grain.UnregisterReminder(registered);
        }
    }

    /// <summary>Work of this order set to run once, soon (see <see cref="PendingRun"/>).</summary>
    public PendingRun Soon(Func<Task> work) => new(grain, work);
}
