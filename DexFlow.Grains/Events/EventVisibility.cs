using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Events;

/// <summary>
/// Who may see an event: whoever may read the history entry it is. For an order, the caller must see the order in
/// the stage the entry left it in and the entry's field group (<see cref="OrderAccessPolicy"/>); for a parcel, see the
/// parcel in that stage (<see cref="ParcelAccessPolicy"/>); for a webhook, see the webhooks.
/// </summary>
public static class EventVisibility
{
    public const string Order = "Order";
    public const string Parcel = "Parcel";
    public const string Webhook = "Webhook";

    public static bool CanSee(Caller caller, LoggedEvent logged) => logged.Event.SubjectKind switch
    {
        Order => Enum.TryParse<OrderStage>(logged.Event.Stage, out var stage)
                 && OrderAccessPolicy.GroupsFor(caller, new OrderAccessFacts(stage, logged.ManagerId ?? "", logged.ReachedReview, logged.Resources))
                     is { Count: > 0 } groups
                 && (Enum.TryParse<OrderAction>(logged.Action, out var action)
                     ? OrderAccessPolicy.MayRead(groups, action)
                     : groups.Contains(OrderFieldGroup.Audit)),
        Parcel => Enum.TryParse<ParcelStage>(logged.Event.Stage, out var stage) && ParcelAccessPolicy.CanSee(caller, stage, logged.SubmittedBy),
        // A webhook's events (DexFlow disabled it) are configuration news, for those who see the configuration.
        Webhook => caller.Has(Roles.Administrator | Roles.Auditor),
        _ => false,
    };
}
