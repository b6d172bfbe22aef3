using DexFlow.Grains.Planning;
using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// Puts the order's saved plan back on the resources a failed plan touched (<see cref="OrderState.PlanInProgress"/>),
/// at once and again until it holds: a plan booked just before a crash, and never saved on the order, is undone.
/// </summary>
public sealed class PlanRestore
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(30);

    private readonly OrderHost _order;
    private readonly OrderPlanning _planning;
    private readonly PendingRun _soon;

    public PlanRestore(OrderHost order, OrderPlanning planning)
    {
        (_order, _planning) = (order, planning);
        _soon = order.Soon(Restore);
    }

    public void StartIfOwed()
    {
        if (_order.Exists && !_order.State.PlanInProgress.IsDefaultOrEmpty)
        {
            _soon.After(TimeSpan.Zero);
        }
    }

    private async Task Restore()
    {
        if (_order.State.PlanInProgress.IsDefaultOrEmpty)
        {
            return;
        }

        if (await _planning.Restore(_order.State, _order.State.PlanInProgress))
        {
            await _order.Save(_order.State with { PlanInProgress = [] });
        }
        else
        {
            _soon.After(Retry);
        }
    }
}
