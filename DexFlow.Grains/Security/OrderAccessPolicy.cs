using System.Collections.Frozen;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using static DexFlow.Contracts.Orders.OrderStage;
using static DexFlow.Grains.Security.OrderFieldGroup;

namespace DexFlow.Grains.Security;

/// <summary>
/// Who sees which orders, and which of their fields (domain.md §1). The single source for single reads, lists,
/// inboxes, the audit trail and reports: a caller holding several roles sees the union of what each role sees.
/// The customer and the manager (<see cref="Parties"/>) are seen by those who deal with them: the managers, Accounting
/// (billing data), administrators and auditors; QA, planners and operators see the job, not whose it is. Operators see
/// only the orders with processes on the resources they work on.
/// </summary>
public static class OrderAccessPolicy
{
    private static readonly OrderStage[] FromReviewOnward = [InReview, AdjustmentsRequired, Approved, Scheduled, InProduction, Completed, Archived];
    private static readonly OrderStage[] AllStages = Enum.GetValues<OrderStage>();
    private static readonly OrderFieldGroup[] AllGroups = Enum.GetValues<OrderFieldGroup>();

    public static IReadOnlyList<RoleScope> Scopes { get; } =
    [
        Scope(Roles.Manager, ownOnly: true, [], false, [Specification, CustomerAndBilling, OrderFieldGroup.Pricing, OrderFieldGroup.Invoicing, Review, Qa, Schedule, Audit, Parties]),
        Scope(Roles.Accountant, ownOnly: false, FromReviewOnward, true, [Specification, CustomerAndBilling, OrderFieldGroup.Pricing, OrderFieldGroup.Invoicing, Review, Parties]),
        Scope(Roles.QA, ownOnly: false, FromReviewOnward, true, [Specification, Review, Qa]),
        Scope(Roles.Planner, ownOnly: false, [Approved, Scheduled, InProduction, Completed], false, [Specification, Schedule]),
        Scope(Roles.Operator, ownOnly: false, [Scheduled, InProduction], false, [Specification, Schedule]) with { OnOwnResources = true },
        Scope(Roles.Administrator, ownOnly: false, AllStages, false, AllGroups),
        Scope(Roles.Auditor, ownOnly: false, AllStages, false, AllGroups),
    ];

    /// <summary>The scopes of the caller's roles; a role without a scope (Clerk) sees no orders.</summary>
    public static IReadOnlyList<RoleScope> ScopesOf(Caller caller) => Scopes.Where(scope => caller.Has(scope.Role)).ToArray();

    public static bool CanSee(Caller caller, OrderAccessFacts order) =>
        Scopes.Any(scope => caller.Has(scope.Role) && scope.Sees(caller, order));

    /// <summary>The field groups the caller may see on this order; empty when the caller may not see the order.</summary>
    public static IReadOnlySet<OrderFieldGroup> GroupsFor(Caller caller, OrderAccessFacts order) =>
        Scopes.Where(scope => caller.Has(scope.Role) && scope.Sees(caller, order))
            .SelectMany(scope => scope.Groups)
            .ToFrozenSet();

    /// <summary>
    /// The field group an audit entry belongs to, by what it records: reviews with their reasons, invoices and
    /// payments, the estimate, the plan and the shop floor, the manager's own steps (which name the manager). A missed
    /// deadline concerns whoever's stage it is: everyone who sees the order reads it (the order's job, <see
    /// cref="Specification"/>). Entries of no group (documents, processing errors, archiving) are for the full audit
    /// trail only.
    /// </summary>
    public static OrderFieldGroup GroupOf(OrderAction action) => action switch
    {
        OrderAction.FlagDeadline => Specification,
        OrderAction.ApproveAccounting or OrderAction.RejectAccounting or OrderAction.ApproveQa or OrderAction.RejectQa => Review,
        OrderAction.IssueInvoice or OrderAction.RecordPayment or OrderAction.IssueCreditNote => OrderFieldGroup.Invoicing,
        OrderAction.FinishProcessing => OrderFieldGroup.Pricing,
        OrderAction.Schedule or OrderAction.StartProcess or OrderAction.FinishProcess or OrderAction.StartProduction or OrderAction.Complete => Schedule,
        OrderAction.Create or OrderAction.Edit or OrderAction.Submit or OrderAction.Cancel => Parties,
        _ => Audit,
    };

    /// <summary>Whether a caller given <paramref name="groups"/> reads an audit entry of <paramref name="action"/>.</summary>
    public static bool MayRead(IReadOnlySet<OrderFieldGroup> groups, OrderAction action) =>
        groups.Contains(Audit) || groups.Contains(GroupOf(action));

    private static RoleScope Scope(Roles role, bool ownOnly, OrderStage[] stages, bool cancelledAfterReview, OrderFieldGroup[] groups) =>
        new(role, ownOnly, stages.ToFrozenSet(), cancelledAfterReview, groups.ToFrozenSet());
}
