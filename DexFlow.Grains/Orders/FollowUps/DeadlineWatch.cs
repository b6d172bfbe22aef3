using DexFlow.Grains.Deadlines;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// Watches an order's waits (review, planning, prepayment) on a durable reminder: flags an overdue wait (daily while it
/// lasts), clears a flag whose wait is over, and stops looking when nothing waits.
/// </summary>
public sealed class DeadlineWatch(OrderHost order, DeadlineOptions options, DeadlineClock clock)
{
    public const string Reminder = "deadline";

    /// <summary>Before a change is saved: starts the reminder when the next state waits on something the current one did not.</summary>
    public async Task Expect(OrderState current, OrderState next)
    {
        var waits = DeadlineRules.Waits(next, options).Select(wait => wait.Waiting);
        if (waits.Except(DeadlineRules.Waits(current, options).Select(wait => wait.Waiting)).Any())
        {
            await order.Remind(Reminder, options.CheckPeriod);
        }
    }

    public async Task Check()
    {
        if (!order.Exists)
        {
            return;
        }

        await order.Save(DeadlineRules.Check(order.State, clock.Now, options));
        if (DeadlineRules.Waits(order.State, options).Count == 0 && order.State.Deadline is null)
        {
            await order.Forget(Reminder);
        }
    }
}
