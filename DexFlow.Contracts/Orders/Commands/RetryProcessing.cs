namespace DexFlow.Contracts.Orders.Commands;

/// <summary>Restarts automatic processing after it gave up (its error stays in the audit trail).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.retry-processing")]
public sealed record RetryProcessing : OrderCommand
{
    public override OrderAction Action => OrderAction.RetryProcessing;
}
