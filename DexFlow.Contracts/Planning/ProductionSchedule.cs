using System.ComponentModel;
using System.Collections.Immutable;

namespace DexFlow.Contracts.Planning;

/// <summary>
/// The order's processes booked on resources, in work-sheet order, with what the shop floor reported. A plan that
/// ends after the due date is allowed and flagged by <see cref="MissesDueDate"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.production-schedule")]
public sealed record ProductionSchedule(
    [property: Id(0)] ImmutableArray<ScheduledProcess> Processes,
    [property: Id(1)] string? Note,
    [property: Id(2)] string PlannedBy,
    [property: Id(3)] DateTimeOffset ConfirmedAt,
    [property: Id(4)] bool MissesDueDate)
{
    public DateTimeOffset PlannedStart => Processes.Min(process => process.Start);

    public DateTimeOffset PlannedFinish => Processes.Max(process => process.End);
}

[GenerateSerializer, Immutable, Alias("dexflow.scheduled-process")]
public sealed record ScheduledProcess(
    [property: Id(0)] string ProcessId,
    [property: Id(1)] int Sequence,
    [property: Id(2)] string Name,
    [property: Id(3)] string ResourceId,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] int Minutes,
    [property: Id(7)] DateTimeOffset? StartedAt = null,
    [property: Id(8)] string? StartedBy = null,
    [property: Id(9)] DateTimeOffset? FinishedAt = null,
    [property: Id(10)] string? FinishedBy = null);

/// <summary>Where and when one process is to run, as the planner confirms or moves it; the end follows from the resource's calendar.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.process-slot")]
public sealed record ProcessSlot(
    [property: Id(0), Description("The id of a process of the order's work sheet (as in the proposal).")] string ProcessId,
    [property: Id(1), Description("The id of a resource (GET /api/resources) of the kind the process needs.")] string ResourceId,
    [property: Id(2)] DateTimeOffset Start);

/// <summary>The earliest feasible slots for an order's processes, and whether they end after the due date.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.schedule-proposal")]
public sealed record ScheduleProposal(
    [property: Id(0)] ImmutableArray<ScheduledProcess> Processes,
    [property: Id(1)] bool MissesDueDate);
