namespace DexFlow.Web.Api;

/// <summary>The accountant's money on an order: payments against invoices and credit notes correcting them.</summary>
public sealed partial class DexFlowClient
{
    /// <summary>Records a payment; the same key and payment return the order as the first request left it (no second payment).</summary>
    public Task<OrderView> RecordPayment(string number, PaymentRequest payment, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendWith<OrderView>(HttpMethod.Post, $"api/orders/{Uri.EscapeDataString(number)}/payments", payment,
            [("Idempotency-Key", idempotencyKey)], cancellationToken);

    /// <summary>Issues a credit note; the same key and note return the one the first request issued.</summary>
    public Task<OrderView> IssueCreditNote(string number, CreditNoteRequest creditNote, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendWith<OrderView>(HttpMethod.Post, $"api/orders/{Uri.EscapeDataString(number)}/credit-notes", creditNote,
            [("Idempotency-Key", idempotencyKey)], cancellationToken);
}
