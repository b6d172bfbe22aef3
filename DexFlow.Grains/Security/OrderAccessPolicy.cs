using System.Collections.Frozen;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using static DexFlow.Contracts.Orders.OrderStage;
using static DexFlow.Grains.Security.OrderFieldGroup;

namespace DexFlow.Grains.Security;

/// <summary>
/// Who sees which orders, and which of their fields (domain.md §1). The single source for single reads, lists,
/// inboxes and reports: a caller holding several roles sees the union of what each role sees.
/// </summary>
public static class OrderAccessPolicy
{
    private static readonly OrderStage[] FromReviewOnward = [InReview, AdjustmentsRequired, Approved, Scheduled, InProduction, Completed, Archived];
    private static readonly OrderStage[] AllStages = Enum.GetValues<OrderStage>();
    private static readonly OrderFieldGroup[] AllGroups = Enum.GetValues<OrderFieldGroup>();

    public static IReadOnlyList<RoleScope> Scopes { get; } =
    [
        Scope(Roles.Manager, ownOnly: true, [], false, [Specification, CustomerAndBilling, OrderFieldGroup.Pricing, OrderFieldGroup.Invoicing, Review, Qa, Schedule, Audit]),
        Scope(Roles.Accountant, ownOnly: false, FromReviewOnward, true, [Specification, CustomerAndBilling, OrderFieldGroup.Pricing, OrderFieldGroup.Invoicing, Review]),
        Scope(Roles.QA, ownOnly: false, FromReviewOnward, true, [Specification, Review, Qa]),
        Scope(Roles.Planner, ownOnly: false, [Approved, Scheduled, InProduction, Completed], false, [Specification, Schedule]),
        Scope(Roles.Operator, ownOnly: false, [Scheduled, InProduction], false, [Specification, Schedule]),
        Scope(Roles.Administrator, ownOnly: false, AllStages, false, AllGroups),
        Scope(Roles.Auditor, ownOnly: false, AllStages, false, AllGroups),
    ];

    /// <summary>The scopes of the caller's roles; a role without a scope (Clerk) sees no orders.</summary>
    public static IReadOnlyList<RoleScope> ScopesOf(Caller caller) => Scopes.Where(scope => caller.Has(scope.Role)).ToArray();

    public static bool CanSee(Caller caller, OrderAccessFacts order) =>
        Scopes.Any(scope => caller.Has(scope.Role) && scope.Sees(caller.UserId, order));

    /// <summary>The field groups the caller may see on this order; empty when the caller may not see the order.</summary>
    public static IReadOnlySet<OrderFieldGroup> GroupsFor(Caller caller, OrderAccessFacts order) =>
        Scopes.Where(scope => caller.Has(scope.Role) && scope.Sees(caller.UserId, order))
            .SelectMany(scope => scope.Groups)
            .ToFrozenSet();

    private static RoleScope Scope(Roles role, bool ownOnly, OrderStage[] stages, bool cancelledAfterReview, OrderFieldGroup[] groups) =>
        new(role, ownOnly, stages.ToFrozenSet(), cancelledAfterReview, groups.ToFrozenSet());
}
