using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders.Commands;

/// <summary>One side's review decision; a rejection must say why.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.review")]
public sealed record ReviewOrder(
    [property: Id(0)] ReviewSide Side,
    [property: Id(1)] bool Approve,
    [property: Id(2)] ImmutableArray<string> Reasons) : OrderCommand
{
    public override OrderAction Action => (Side, Approve) switch
    {
        (ReviewSide.Accounting, true) => OrderAction.ApproveAccounting,
        (ReviewSide.Accounting, false) => OrderAction.RejectAccounting,
        (ReviewSide.Qa, true) => OrderAction.ApproveQa,
        _ => OrderAction.RejectQa,
    };
}
