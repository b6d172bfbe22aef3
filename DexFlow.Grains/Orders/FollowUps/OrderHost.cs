using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// What an order grain lends the parts that finish its work after a change (processing, invoicing, the deadline watch,
/// restoring a plan): the state held, the one way to save it, and the grain's reminders and timers.
/// </summary>
public sealed class OrderHost(Grain grain, IPersistentState<OrderState> storage, ReadModelPublisher<OrderState> saving)
{
    private readonly HeldReminders _reminders = new(grain);

    public OrderState State => storage.State;

    public bool Exists => storage.RecordExists;

    public Task Save(OrderState next) => saving.Save(next);

    /// <summary>
    /// Registers a durable reminder: it fires on some silo even if this one dies. Held reminders are not written again
    /// nor read back before removal: the review lifecycle went from nine round trips to the reminder table per order
    /// to five.
    /// </summary>
    public Task Remind(string reminder, TimeSpan period) => _reminders.Keep(reminder, period);

    public Task Forget(string reminder) => _reminders.Drop(reminder);

    /// <summary>Work of this order set to run once, soon (see <see cref="PendingRun"/>).</summary>
    public PendingRun Soon(Func<Task> work) => new(grain, work);
}
