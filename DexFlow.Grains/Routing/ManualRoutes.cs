using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Routing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Routing;

/// <summary>Turns a clerk's placement of a document into the routing decision it stands for, checking that it names exactly one place.</summary>
public static class ManualRoutes
{
    public const string RuleId = "placed-by-hand";

    public sealed record Placement(RouteKind Kind, string? OrderNumber, string? Role, RoutingDecision Decision)
    {
        /// <summary>Whether it places the document where it already is (a new draft is always another one).</summary>
        public bool Repeats(RouteView? current) =>
            current is not null && current.Kind == Kind && current.OrderNumber == OrderNumber && current.Role == Role && Kind != RouteKind.NewOrderDraft;
    }

    public static Placement Decide(ManualRoute route, Caller clerk, RouteView? current)
    {
        var targets = (route.OrderNumber is not null ? 1 : 0) + (route.Role is not null ? 1 : 0) + (route.NewDraft ? 1 : 0);
        if (targets != 1)
        {
            throw ValidationException.For("route", "Name exactly one of orderNumber, role or newDraft.");
        }

        if (route.Note?.Length > InputLimits.LongText)
        {
            throw ValidationException.For("note", $"At most {InputLimits.LongText} characters.");
        }

        var reason = $"placed by {clerk.DisplayName}";
        var priority = current?.Priority ?? 0;
        if (route.OrderNumber is { } number)
        {
            return OrderNumbers.IsWellFormed(number)
                ? new(RouteKind.AttachToOrder, number, null, Decision(RoutingOutcome.AttachToOrder, number, null, priority, reason))
                : throw ValidationException.For("orderNumber", "An order number such as 2026-000123.");
        }

        if (route.Role is { } name)
        {
            var role = RoleNames.All.FirstOrDefault(candidate => candidate.ToString() == name);
            return role != Roles.None
                ? new(RouteKind.Inbox, null, role.ToString(), Decision(RoutingOutcome.Inbox, null, role.ToString(), priority, reason))
                : throw ValidationException.For("role", $"One of {string.Join(", ", RoleNames.All)}.");
        }

        return new(RouteKind.NewOrderDraft, null, null, Decision(RoutingOutcome.CreateDraftOrder, null, null, priority, reason));
    }

    private static RoutingDecision Decision(RoutingOutcome outcome, string? number, string? role, int priority, string reason) =>
        new(outcome, number, role, priority, 0, RuleId, [RuleId], reason);
}
