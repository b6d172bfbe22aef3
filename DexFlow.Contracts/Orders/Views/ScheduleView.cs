namespace DexFlow.Contracts.Orders.Views;

/// <summary>The production dates the planner confirmed; <see cref="MissesDueDate"/> flags a plan that ends after the due date.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.schedule-view")]
public sealed record ScheduleView(
    [property: Id(0)] DateOnly PlannedStart,
    [property: Id(1)] DateOnly PlannedFinish,
    [property: Id(2)] string? Note,
    [property: Id(3)] string PlannedBy,
    [property: Id(4)] DateTimeOffset ConfirmedAt,
    [property: Id(5)] bool MissesDueDate);
