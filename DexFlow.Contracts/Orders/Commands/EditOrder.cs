namespace DexFlow.Contracts.Orders.Commands;

/// <summary>Replaces the order form of a draft, or of an order sent back for adjustments.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.edit")]
public sealed record EditOrder([property: Id(0)] OrderDraft Draft) : OrderCommand
{
    public override OrderAction Action => OrderAction.Edit;
}
