namespace DexFlow.Contracts.Orders.Commands;

[GenerateSerializer, Immutable, Alias("dexflow.order-command.complete")]
public sealed record CompleteProduction : OrderCommand
{
    public override OrderAction Action => OrderAction.Complete;
}
