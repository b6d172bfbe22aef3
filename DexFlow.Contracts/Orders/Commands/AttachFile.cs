using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Orders.Commands;

/// <summary>A file a person attaches to the order: artwork, a paper description, correspondence or another document.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.attach-file")]
public sealed record AttachFile([property: Id(0)] AttachedDocument Document) : OrderCommand
{
    public override OrderAction Action => OrderAction.AttachFile;
}
