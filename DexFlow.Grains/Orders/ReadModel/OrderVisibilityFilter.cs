using System.Text;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>
/// Translates the access policy's role scopes into a SQL condition on <c>dexflow.orders</c>, so that lists see exactly
/// the orders <see cref="OrderAccessPolicy.CanSee"/> would let the caller open, and filter on a field group's columns
/// (the customer's name) only where <see cref="OrderAccessPolicy.GroupsFor"/> would show them.
/// </summary>
public static class OrderVisibilityFilter
{
    /// <summary>The orders the caller sees.</summary>
    public static string Build(Caller caller, NpgsqlCommand command) => Build(caller, command, group: null);

    /// <summary>The orders the caller sees with <paramref name="group"/> among their fields.</summary>
    public static string Build(Caller caller, NpgsqlCommand command, OrderFieldGroup? group)
    {
        var prefix = group is { } named ? $"visible_{named.ToString().ToLowerInvariant()}" : "visible";
        var clauses = new List<string>();
        foreach (var scope in OrderAccessPolicy.ScopesOf(caller).Where(scope => group is not { } named || scope.Groups.Contains(named)))
        {
            if (scope.OwnOrdersOnly)
            {
                clauses.Add($"o.manager_id = {Parameter(command, $"{prefix}_manager", NpgsqlDbType.Text, caller.UserId)}");
                continue;
            }

            var stages = scope.Stages.Select(stage => stage.ToString()).ToArray();
            var clause = new StringBuilder($"o.stage = ANY({Parameter(command, $"{prefix}_stages_{clauses.Count}", NpgsqlDbType.Array | NpgsqlDbType.Text, stages)})");
            if (scope.CancelledAfterReview)
            {
                clause.Append(" OR (o.stage = 'Cancelled' AND o.reached_review)");
            }

            if (scope.OnOwnResources)
            {
                var resources = Parameter(command, $"{prefix}_resources", NpgsqlDbType.Array | NpgsqlDbType.Text, caller.Resources.ToArray());
                clause.Insert(0, '(').Append($") AND o.resources && {resources}");
            }

            clauses.Add(clause.ToString());
        }

        return clauses.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", clauses.Select(clause => $"({clause})")) + ")";
    }

    /// <summary>Adds a parameter once per command (filters built twice share it) and returns its placeholder.</summary>
    internal static string Parameter(NpgsqlCommand command, string name, NpgsqlDbType type, object value)
    {
        if (!command.Parameters.Contains(name))
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        return "@" + name;
    }
}
