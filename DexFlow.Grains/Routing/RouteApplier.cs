using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Routing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Parcels;
using DexFlow.Grains.Security;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Routing;

/// <summary>
/// Carries out a routing decision for one document, safely repeatable: an order attaches a document once, a draft
/// order is made once per document (its Idempotency-Key is the document id), an inbox entry is added once. What
/// cannot be carried out (an order that does not exist, an archived order refusing the document, no manager for a
/// draft) goes to the exception queue with the reason. An upload by someone outside document services reaches only
/// orders that person may see (<see cref="ParcelAccessPolicy.RoutesWithFullReach"/>); whatever else its rules say
/// waits for a clerk, with a reason that never tells whether an order the uploader may not see exists.
/// </summary>
public sealed class RouteApplier(IGrainFactory grains, RoutedDocuments routed, OrderReadModelQueries orders, IOptions<RoutingOptions> options, TimeProvider time)
{
    public Task<RouteView> Apply(ParcelState parcel, int index, RoutingDecision decision) => Carry(parcel, index, decision, byHand: false);

    /// <summary>
    /// A clerk's placement, carried out like a rule's with document services' reach; what cannot be carried out is
    /// refused to the clerk (<see cref="ValidationException"/>, or the order's own refusal) instead of queued again.
    /// </summary>
    public Task<RouteView> PlaceByHand(ParcelState parcel, int index, RoutingDecision decision) =>
        Carry(parcel with { FullReach = true }, index, decision, byHand: true);

    private async Task<RouteView> Carry(ParcelState parcel, int index, RoutingDecision decision, bool byHand)
    {
        var document = parcel.Documents[index];
        var documentId = ParcelIds.Document(parcel.Id, index);
        RouteView Route(RouteKind kind, string? order, string reason, string? role = null) =>
            new(kind, order, reason, role, decision.Priority, decision.RuleSetVersion, decision.RuleId);
        Task<RouteView> Unplaceable(string field, string reason) =>
            byHand ? throw ValidationException.For(field, reason) : Exception(parcel, documentId, document, decision, reason);

        if (ParcelAccessPolicy.ReachLimitedTo(parcel.FullReach, parcel.Submitter, parcel.SubmittedBy) is { } uploader
            && await WithinReach(uploader, decision) is { } outOfReach)
        {
            return await Exception(parcel, documentId, document, decision, outOfReach);
        }

        switch (decision.Outcome)
        {
            case RoutingOutcome.AttachToOrder when OrderNumbers.IsWellFormed(decision.OrderNumber):
                try
                {
                    await grains.GetGrain<IOrderGrain>(decision.OrderNumber!).AttachDocument(Caller.System, Attached(parcel, index, documentId));
                    return Route(RouteKind.AttachToOrder, decision.OrderNumber, decision.Reason);
                }
                catch (DomainException refused) when (refused is NotFoundException or IllegalTransitionException)
                {
                    return await Unplaceable("orderNumber",
                        refused is NotFoundException ? $"order {decision.OrderNumber} does not exist" : $"order {decision.OrderNumber} refused it: {refused.Message}");
                }

            case RoutingOutcome.AttachToOrder:
                return await Unplaceable("orderNumber", $"'{decision.OrderNumber}' is no order number");

            case RoutingOutcome.CreateDraftOrder:
                var draft = DraftOrders.From(document.Fields, documentId);
                var manager = await orders.ManagerOfCustomer(draft.Customer!.Name)
                              ?? (options.Value.DefaultManagerId is { } id ? new Caller(id, options.Value.DefaultManagerName ?? id, Roles.Manager) : null);
                if (manager is null)
                {
                    return await Unplaceable("newDraft", "no manager to give a new draft order to (set DexFlow:Routing:DefaultManagerId)");
                }

                var created = await grains.GetGrain<IOrderDeskGrain>(0).Create(manager with { Roles = Roles.Manager }, draft, "document:" + documentId);
                await grains.GetGrain<IOrderGrain>(created.Order.Number).AttachDocument(Caller.System, Attached(parcel, index, documentId));
                return Route(RouteKind.NewOrderDraft, created.Order.Number, $"{decision.Reason}; draft for {manager.DisplayName}");

            case RoutingOutcome.Inbox:
                var role = RoleNames.Parse([decision.Role ?? ""]);
                await routed.Add(documentId, parcel.Id, RoutedDocuments.InboxKind, role, decision.Priority, decision.Reason, Title(parcel, document));
                return Route(RouteKind.Inbox, null, decision.Reason, role.ToString());

            case RoutingOutcome.ManualIndexing:
                return Route(RouteKind.ManualIndexing, null, decision.Reason);

            default:
                return await Exception(parcel, documentId, document, decision, decision.Reason);
        }
    }

    /// <summary>Null when the uploader may see where the decision goes; otherwise why a clerk must place the document instead.</summary>
    private async Task<string?> WithinReach(Caller uploader, RoutingDecision decision)
    {
        switch (decision.Outcome)
        {
            case RoutingOutcome.AttachToOrder when OrderNumbers.IsWellFormed(decision.OrderNumber):
                try
                {
                    await grains.GetGrain<IOrderGrain>(decision.OrderNumber!).Get(uploader);
                    return null;
                }
                catch (NotFoundException)
                {
                    return $"order {decision.OrderNumber} is not one of the orders you may see; a clerk will place the document";
                }

            case RoutingOutcome.AttachToOrder or RoutingOutcome.ManualIndexing or RoutingOutcome.Exception:
                return null;
            default:
                return "documents you upload reach only your own orders; a clerk will place this one";
        }
    }

    private async Task<RouteView> Exception(ParcelState parcel, string documentId, ParcelDocument document, RoutingDecision decision, string reason)
    {
        await routed.Add(documentId, parcel.Id, RoutedDocuments.ExceptionKind, Roles.Clerk, decision.Priority, reason, Title(parcel, document));
        return new RouteView(RouteKind.Exception, null, reason, Roles.Clerk.ToString(), decision.Priority, decision.RuleSetVersion, decision.RuleId);
    }

    private AttachedDocument Attached(ParcelState parcel, int index, string documentId)
    {
        var document = parcel.Documents[index];
        var file = parcel.Files[Math.Max(0, document.FileIndex)];
        return new AttachedDocument(documentId, document.Type, file.FileName, file.Inspection?.MediaType ?? file.DeclaredMediaType, file.Content,
            parcel.Id, time.GetUtcNow());
    }

    private static string Title(ParcelState parcel, ParcelDocument document) =>
        $"{document.Type?.ToString() ?? "Document"} from {parcel.Details.Sender ?? parcel.CapturePointId}";
}
