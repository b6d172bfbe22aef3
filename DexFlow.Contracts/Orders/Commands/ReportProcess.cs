namespace DexFlow.Contracts.Orders.Commands;

/// <summary>An operator reports that a scheduled process started on its resource.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.start-process")]
public sealed record StartProcess([property: Id(0)] string ProcessId) : OrderCommand
{
    public override OrderAction Action => OrderAction.StartProcess;
}

/// <summary>An operator reports that a started process is done; the last one completes the order.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.finish-process")]
public sealed record FinishProcess([property: Id(0)] string ProcessId) : OrderCommand
{
    public override OrderAction Action => OrderAction.FinishProcess;
}
