namespace DexFlow.Contracts.Orders.Commands;

[GenerateSerializer, Immutable, Alias("dexflow.order-command.start-production")]
public sealed record StartProduction : OrderCommand
{
    public override OrderAction Action => OrderAction.StartProduction;
}
