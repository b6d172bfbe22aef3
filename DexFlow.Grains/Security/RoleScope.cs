using System.Collections.Frozen;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Security;

/// <summary>
/// Which orders one role sees and which of their field groups.
/// </summary>
/// <param name="OwnOrdersOnly">The role sees only orders it manages, at any stage.</param>
/// <param name="Stages">The stages in which the role sees an order; empty with <paramref name="OwnOrdersOnly"/>.</param>
/// <param name="CancelledAfterReview">The role also sees cancelled orders that had reached review.</param>
/// <param name="OnOwnResources">The role sees an order only when one of its processes is booked on a resource of the caller's.</param>
public sealed record RoleScope(
    Roles Role,
    bool OwnOrdersOnly,
    FrozenSet<OrderStage> Stages,
    bool CancelledAfterReview,
    FrozenSet<OrderFieldGroup> Groups,
    bool OnOwnResources = false)
{
    public bool Sees(Caller caller, OrderAccessFacts order) =>
        OwnOrdersOnly
            ? order.ManagerId == caller.UserId
            : (Stages.Contains(order.Stage) || (CancelledAfterReview && order.Stage == OrderStage.Cancelled && order.ReachedReview))
              && (!OnOwnResources || (!order.Resources.IsDefault && order.Resources.Intersect(caller.Resources).Any()));
}
