using System.Text;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>
/// Translates the access policy's role scopes into a SQL condition on <c>dexflow.orders</c>, so that lists see exactly
/// the orders <see cref="OrderAccessPolicy.CanSee"/> would let the caller open.
/// </summary>
public static class OrderVisibilityFilter
{
    /// <summary>
    /// The condition for the orders the caller sees or, with <paramref name="group"/>, the orders on which the caller sees
    /// that field group. Its parameters are added to <paramref name="command"/> under names starting with <paramref name="prefix"/>,
    /// so one command may hold several such conditions.
    /// </summary>
    public static string Build(Caller caller, NpgsqlCommand command, string prefix = "visible", OrderFieldGroup? group = null)
    {
        var clauses = new List<string>();
        foreach (var scope in OrderAccessPolicy.ScopesOf(caller).Where(scope => group is null || scope.Groups.Contains(group.Value)))
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

            clauses.Add(clause.ToString());
        }

        return clauses.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", clauses.Select(clause => $"({clause})")) + ")";
    }

    private static string Parameter(NpgsqlCommand command, string name, NpgsqlDbType type, object value)
    {
        if (!command.Parameters.Contains(name))
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        return "@" + name;
    }
}
