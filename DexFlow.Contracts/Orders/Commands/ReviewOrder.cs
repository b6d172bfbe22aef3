using System.Collections.Immutable;
using DexFlow.Contracts.Quality;

namespace DexFlow.Contracts.Orders.Commands;

/// <summary>
/// One side's review decision; a rejection must say why. QA's carries its results for the checklist in force
/// (<see cref="ChecklistVersion"/> is set by the order, never by the client).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.review")]
public sealed record ReviewOrder(
    [property: Id(0)] ReviewSide Side,
    [property: Id(1)] bool Approve,
    [property: Id(2)] ImmutableArray<string> Reasons) : OrderCommand
{
    [Id(3)] public ImmutableArray<ChecklistResult> Checklist { get; init; } = [];

    [Id(4)] public int? ChecklistVersion { get; init; }

    public override OrderAction Action => (Side, Approve) switch
    {
        (ReviewSide.Accounting, true) => OrderAction.ApproveAccounting,
        (ReviewSide.Accounting, false) => OrderAction.RejectAccounting,
        (ReviewSide.Qa, true) => OrderAction.ApproveQa,
        _ => OrderAction.RejectQa,
    };
}
