using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Search;

/// <summary>
/// Translates <see cref="ParcelAccessPolicy.ReachOf"/> and <see cref="DocumentAccessPolicy.CanSee"/> into a SQL
/// condition on <c>dexflow.documents</c> (as <c>d</c>): the parcel's own audience, the role whose inbox the document
/// was routed to, the exception queue's clerks, and for a document on an order the order's readers of its type.
/// </summary>
public static class DocumentVisibilityFilter
{
    public static string Build(Caller caller, NpgsqlCommand command)
    {
        if (caller.Has(Roles.Administrator | Roles.Auditor))
        {
            return "TRUE";
        }

        var me = OrderVisibilityFilter.Parameter(command, "document_viewer", NpgsqlDbType.Text, caller.UserId);
        var clauses = new List<string> { $"d.submitted_by = {me}" };
        if (caller.Has(Roles.Clerk))
        {
            clauses.Add($"d.parcel_stage <> '{ParcelStage.Routed}' OR d.route_kind = '{RouteKind.Exception}'");
        }

        var roles = Enum.GetValues<Roles>().Where(role => role != Roles.None && caller.Has(role)).Select(role => role.ToString()).ToArray();
        clauses.Add($"d.route_kind = '{RouteKind.Inbox}' AND d.route_role = ANY({OrderVisibilityFilter.Parameter(command, "document_roles", NpgsqlDbType.Array | NpgsqlDbType.Text, roles)})");

        var types = DocumentAccessPolicy.TypesSeenBy(caller).Select(type => type.ToString()).ToArray();
        var ofType = new List<string> { $"d.type = ANY({OrderVisibilityFilter.Parameter(command, "document_types", NpgsqlDbType.Array | NpgsqlDbType.Text, types)})" };
        if (caller.Has(Roles.Manager))
        {
            ofType.Add($"o.manager_id = {me}");
        }

        if (DocumentAccessPolicy.SeesUntyped(caller))
        {
            ofType.Add("d.type IS NULL");
        }

        clauses.Add($"""
            d.route_kind IN ('{RouteKind.AttachToOrder}', '{RouteKind.NewOrderDraft}') AND EXISTS (
                SELECT 1 FROM dexflow.orders o WHERE o.number = d.order_number
                AND {OrderVisibilityFilter.Build(caller, command)} AND ({string.Join(" OR ", ofType)}))
            """);
        return "(" + string.Join(" OR ", clauses.Select(clause => $"({clause})")) + ")";
    }
}
