using System.Collections.Immutable;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Orders;

/// <summary>
/// The front desk for orders: creates them (numbering, templates, Idempotency-Key) and answers questions that span
/// many orders from the read model, filtered by the access policy. Stateless; use key 0.
/// </summary>
[Alias("dexflow.order-desk")]
public interface IOrderDeskGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Creates a draft owned by the caller. The same <paramref name="idempotencyKey"/> with the same request returns the
    /// order the first call made; with a different request it fails with <see cref="Errors.IdempotencyKeyReusedException"/>.
    /// </summary>
    [Alias("create")]
    Task<CreatedOrder> Create(Caller caller, NewOrder request, string? idempotencyKey);

    [Alias("list")]
    Task<OrderPage> List(Caller caller, OrderQuery query);

    /// <summary>The orders that wait for the caller to act, oldest first, then the documents routed to the caller's roles.</summary>
    [Alias("inbox")]
    Task<ImmutableArray<InboxItem>> Inbox(Caller caller);

    /// <summary>
    /// Takes a routed document out of the inbox of the caller's role (for clerks also the exception queue): it has been
    /// dealt with. Fails with <see cref="Errors.NotFoundException"/> when no such item waits for the caller.
    /// </summary>
    [Alias("mark-document-done")]
    Task MarkDocumentDone(Caller caller, string documentId, string? note);
}
