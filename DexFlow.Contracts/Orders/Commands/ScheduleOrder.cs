namespace DexFlow.Contracts.Orders.Commands;

/// <summary>The planner confirms when the approved order will be produced.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-command.schedule")]
public sealed record ScheduleOrder(
    [property: Id(0)] DateOnly PlannedStart,
    [property: Id(1)] DateOnly PlannedFinish,
    [property: Id(2)] string? Note) : OrderCommand
{
    public override OrderAction Action => OrderAction.Schedule;
}
