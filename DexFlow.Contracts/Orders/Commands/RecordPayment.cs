namespace DexFlow.Contracts.Orders.Commands;

/// <summary>Accounting records money received against one of the order's invoices.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.record-payment")]
public sealed record RecordPayment(
    [property: Id(0)] string InvoiceNumber,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] DateOnly PaidOn) : OrderCommand
{
    public override OrderAction Action => OrderAction.RecordPayment;
}
