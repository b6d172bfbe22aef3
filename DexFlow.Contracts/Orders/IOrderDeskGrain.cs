using DexFlow.Contracts.Inbox;
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

    /// <summary>
    /// A page of what waits for the caller: orders that wait for one of the caller's roles and documents routed to those
    /// roles (for clerks also the exception queue), newest first unless asked otherwise, with the total count.
    /// </summary>
    [Alias("inbox-page")]
    Task<InboxPage> Inbox(Caller caller, InboxQuery query);

    /// <summary>
    /// Takes a routed document out of the inbox of the caller's role (for clerks also the exception queue): it has been
    /// dealt with. Fails with <see cref="Errors.NotFoundException"/> when no such item waits for the caller.
    /// </summary>
    [Alias("mark-document-done")]
    Task MarkDocumentDone(Caller caller, string documentId, string? note);
}
