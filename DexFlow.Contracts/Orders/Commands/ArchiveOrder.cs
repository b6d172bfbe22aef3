namespace DexFlow.Contracts.Orders.Commands;

[GenerateSerializer, Immutable, Alias("dexflow.order-command.archive")]
public sealed record ArchiveOrder : OrderCommand
{
    public override OrderAction Action => OrderAction.Archive;
}
