namespace DexFlow.Contracts.Orders.Commands;

/// <summary>
/// Accounting records money received against one of the order's invoices. <see cref="PaymentId"/> is chosen by the
/// order (callers leave it empty): under an Idempotency-Key it is the id the key was first claimed for.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.record-payment")]
public sealed record RecordPayment(
    [property: Id(0)] string InvoiceNumber,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] DateOnly PaidOn) : OrderCommand
{
    [Id(3)] public string? PaymentId { get; init; }

    public override OrderAction Action => OrderAction.RecordPayment;
}
