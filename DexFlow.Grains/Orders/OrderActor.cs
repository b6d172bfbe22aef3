using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Orders;

/// <summary>Who acts on an order: their roles, whether the order is theirs, or DexFlow itself for automatic steps.</summary>
public readonly record struct OrderActor(Roles Roles, bool IsOwner, bool IsSystem)
{
    public static OrderActor System => new(Roles.None, IsOwner: false, IsSystem: true);

    public static OrderActor Of(Caller caller, string managerId) => new(caller.Roles, caller.UserId == managerId, IsSystem: false);
}
