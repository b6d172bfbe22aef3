namespace DexFlow.Contracts.Orders.Commands;

[GenerateSerializer, Immutable, Alias("dexflow.order-command.cancel")]
public sealed record CancelOrder([property: Id(0)] string Reason) : OrderCommand
{
    public override OrderAction Action => OrderAction.Cancel;
}
