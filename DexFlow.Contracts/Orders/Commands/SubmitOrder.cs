namespace DexFlow.Contracts.Orders.Commands;

/// <summary>Hands a complete order form over to processing; after adjustments it starts a new revision.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.submit")]
public sealed record SubmitOrder : OrderCommand
{
    public override OrderAction Action => OrderAction.Submit;
}
