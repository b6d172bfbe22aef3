using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Routing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Accounts;
using DexFlow.Grains.Customers;
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
public sealed class RouteApplier(
    IGrainFactory grains, RoutedDocuments routed, CustomerMatcher customers, UserAccounts users, IOptions<RoutingOptions> options, TimeProvider time)
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
                var named = DraftOrders.CustomerName(document.Fields);
                var match = await customers.Match(parcel.Details.Sender, named);
                var customer = match is { Confidence: >= CustomerMatcher.Confident } ? match.Customer : null;
                var manager = (customer is null ? null : await ActiveManager(customer.Profile.ManagerId))
                              ?? (options.Value.DefaultManagerId is { } id ? new Caller(id, options.Value.DefaultManagerName ?? id, Roles.Manager) : null);
                if (manager is null)
                {
                    return await Unplaceable("newDraft", "no manager to give a new draft order to (set DexFlow:Routing:DefaultManagerId)");
                }

                var draft = DraftOrders.From(document.Fields, documentId, customer);
                var created = await grains.GetGrain<IOrderDeskGrain>(0).Create(manager, draft, "document:" + documentId);
                await grains.GetGrain<IOrderGrain>(created.Order.Number).AttachDocument(Caller.System, Attached(parcel, index, documentId));
                return Route(RouteKind.NewOrderDraft, created.Order.Number, $"{decision.Reason}; {CustomerFound(match, named)}; draft for {manager.DisplayName}");

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

    /// <summary>The customer's manager as a caller, while they are an active manager; null otherwise.</summary>
    private async Task<Caller?> ActiveManager(string userId) =>
        await users.Get(userId) is { Active: true } user && user.Roles.HasFlag(Roles.Manager) ? new Caller(user.UserId, user.DisplayName, Roles.Manager) : null;

    /// <summary>How the draft's customer was found, for the route's reason.</summary>
    private static string CustomerFound(CustomerMatch? match, string? named) => match switch
    {
        { Confidence: >= CustomerMatcher.Confident } => $"customer {match.Customer.Profile.Name} ({match.Customer.CustomerNumber}) at {Sure(match)}: {match.Reason}",
        not null => $"customer not linked, the likeliest is {match.Customer.Profile.Name} ({match.Customer.CustomerNumber}) at {Sure(match)}: {match.Reason}",
        null when named is not null => $"no customer in the master resembles '{named}'",
        _ => "no customer name read and the sender is no customer's",
    };

    private static string Sure(CustomerMatch match) => match.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

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
