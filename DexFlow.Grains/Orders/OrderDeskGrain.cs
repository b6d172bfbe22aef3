using System.Security.Cryptography;
using System.Text.Json;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Inbox;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Numbering;
using DexFlow.Grains.Orders.ReadModel;
using Orleans.Concurrency;

namespace DexFlow.Grains.Orders;

/// <summary>Creates orders (numbering, templates, Idempotency-Key) and answers lists and inboxes from the read model.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class OrderDeskGrain(
    NumberSeries numbers,
    IdempotencyLedger ledger,
    OrderReadModelQueries queries,
    Routing.RoutedDocuments routed,
    Inbox.InboxQueries inbox,
    Storage.FreshGrains fresh,
    Customers.OrderCustomers customers,
    Company.CompanyProfiles profiles,
    TimeProvider time) : Grain, IOrderDeskGrain
{
    public async Task<CreatedOrder> Create(Caller caller, NewOrder request, string? idempotencyKey)
    {
        if (!OrderStateMachine.MayCreate(caller.Roles))
        {
            throw new ForbiddenException("create orders", "only managers may create orders");
        }

        OrderInputRules.EnsureKey(idempotencyKey);

        var draft = await customers.Resolve(await DraftFor(caller, request), current: null);
        OrderFormRules.EnsureWellFormed(draft);

        var scope = "orders:" + caller.UserId;
        var requestHash = Hash(request);
        if (idempotencyKey is not null && await ledger.Find(scope, idempotencyKey) is { } earlier)
        {
            return await Replay(caller, earlier, requestHash, idempotencyKey, draft, request.TemplateOrder);
        }

        var year = time.GetUtcNow().Year;
        var number = OrderNumbers.Format(year, await numbers.Next(OrderNumbers.Series, year));
        if (idempotencyKey is not null)
        {
            var claim = await ledger.Claim(scope, idempotencyKey, requestHash, number);
            if (claim.Resource != number)
            {
                return await Replay(caller, claim, requestHash, idempotencyKey, draft, request.TemplateOrder);
            }
        }

        // A number is drawn once: no order has it yet, so the new order need not look for its state.
        var order = GrainFactory.GetGrain<IOrderGrain>(number);
        using (fresh.Creating(order.GetGrainId()))
        {
            var view = await order.Create(caller, draft, request.TemplateOrder);
            return new CreatedOrder(view, Replayed: false);
        }
    }

    public async Task<OrderPage> List(Caller caller, OrderQuery query)
    {
        OrderInputRules.EnsureBounded(query);
        return await queries.List(caller, query, (await profiles.Current()).Zone);
    }

    public Task<InboxPage> Inbox(Caller caller, InboxQuery query) => inbox.Page(caller, query);

    public async Task MarkDocumentDone(Caller caller, string documentId, string? note)
    {
        if (note?.Length > Validation.InputLimits.LongText)
        {
            throw ValidationException.For("note", $"At most {Validation.InputLimits.LongText} characters.");
        }

        if (!await routed.MarkDone(documentId, caller, note?.Trim()))
        {
            throw new NotFoundException("Inbox document", documentId);
        }
    }

    /// <summary>Returns the order an earlier request with the same key made, creating it if that request died before it could.</summary>
    private async Task<CreatedOrder> Replay(Caller caller, IdempotencyLedger.Entry earlier, string requestHash, string key, OrderDraft draft, string? template)
    {
        if (earlier.RequestHash != requestHash)
        {
            throw new IdempotencyKeyReusedException(key);
        }

        var view = await GrainFactory.GetGrain<IOrderGrain>(earlier.Resource).Create(caller, draft, template);
        return new CreatedOrder(view, Replayed: true);
    }

    private async Task<OrderDraft> DraftFor(Caller caller, NewOrder request)
    {
        if (request.TemplateOrder is null)
        {
            return request.Customer is null
                ? throw ValidationException.For("customer", "Required unless templateOrder is given.")
                : TemplateMerge.Over(TemplateMerge.Blank, request.Customer, request.Specification);
        }

        if (!OrderNumbers.IsWellFormed(request.TemplateOrder))
        {
            throw new NotFoundException("Order", request.TemplateOrder);
        }

        var template = await GrainFactory.GetGrain<IOrderGrain>(request.TemplateOrder).Template(caller);
        return TemplateMerge.Over(template, request.Customer, request.Specification);
    }

    /// <summary>
    /// The request as the Idempotency-Key remembers it. Finishing operations left out (to keep a template's) hash
    /// differently from an empty list given; a request with the list given hashes as it always did.
    /// </summary>
    private static string Hash(NewOrder request) => request.Specification is { Finishing.IsDefault: true } specification
        ? Convert.ToHexString(SHA256.HashData([.. JsonSerializer.SerializeToUtf8Bytes(request with { Specification = specification with { Finishing = [] } }), .. "|finishing left out"u8]))
        : Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));
}
