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
public sealed record RoleScope(
    Roles Role,
    bool OwnOrdersOnly,
    FrozenSet<OrderStage> Stages,
    bool CancelledAfterReview,
    FrozenSet<OrderFieldGroup> Groups)
{
    public bool Sees(string userId, OrderAccessFacts order) =>
        OwnOrdersOnly
            ? order.ManagerId == userId
            : Stages.Contains(order.Stage) || (CancelledAfterReview && order.Stage == OrderStage.Cancelled && order.ReachedReview);
}
