namespace DexFlow.Contracts.Orders.Commands;

/// <summary>A request to change an order. Each command names the <see cref="OrderAction"/> the state machine judges.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command")]
public abstract record OrderCommand
{
    public abstract OrderAction Action { get; }
}
