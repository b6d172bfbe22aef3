using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Orders;

/// <summary>Planning and the shop floor, pure: the confirmed schedule, and processes started and finished in order.</summary>
public static class ProductionWorkflow
{
    /// <summary>Checks that the caller may schedule the order now, before any resource is booked.</summary>
    public static void EnsureMaySchedule(OrderState state, Caller caller) =>
        OrderWorkflow.Decide(state, OrderAction.Schedule, OrderActor.Of(caller, state.ManagerId));

    public static OrderState Schedule(OrderState state, Caller caller, ImmutableArray<ScheduledProcess> processes, string? note, bool missesDueDate, DateTimeOffset now)
    {
        var decision = OrderWorkflow.Decide(state, OrderAction.Schedule, OrderActor.Of(caller, state.ManagerId));
        var schedule = new ProductionSchedule(processes, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), caller.DisplayName, now, missesDueDate);
        var details = $"{schedule.PlannedStart:yyyy-MM-dd HH:mm} to {schedule.PlannedFinish:yyyy-MM-dd HH:mm} on "
                      + string.Join(", ", processes.Select(process => process.ResourceId).Distinct())
                      + (missesDueDate ? " (misses the due date)" : "");
        return OrderWorkflow.Transition(state with { Schedule = schedule }, caller, OrderAction.Schedule, decision.Next, now, details);
    }

    /// <summary>Starts a process in work-sheet order; the state machine refuses while production is on hold (<see cref="OrderState.ProductionOnHold"/>).</summary>
    public static OrderState Start(OrderState state, Caller caller, string processId, DateTimeOffset now)
    {
        var decision = OrderWorkflow.Decide(state, OrderAction.StartProcess, OrderActor.Of(caller, state.ManagerId));
        var (process, index) = Find(state, processId);
        EnsureWorksOn(caller, process);
        if (process.StartedAt is not null)
        {
            throw Illegal(state, OrderAction.StartProcess, $"{process.Name} was started at {process.StartedAt:yyyy-MM-dd HH:mm} by {process.StartedBy}");
        }

        if (state.Schedule!.Processes.FirstOrDefault(before => before.Sequence < process.Sequence && before.FinishedAt is null) is { } unfinished)
        {
            throw Illegal(state, OrderAction.StartProcess, $"{unfinished.Name} comes first and is not finished");
        }

        var started = process with { StartedAt = now, StartedBy = caller.DisplayName };
        return OrderWorkflow.Transition(WithProcess(state, index, started), caller, OrderAction.StartProcess, decision.Next, now, $"{process.Name} on {process.ResourceId}");
    }

    public static OrderState Finish(OrderState state, Caller caller, string processId, DateTimeOffset now)
    {
        var decision = OrderWorkflow.Decide(state, OrderAction.FinishProcess, OrderActor.Of(caller, state.ManagerId));
        var (process, index) = Find(state, processId);
        EnsureWorksOn(caller, process);
        if (process.StartedAt is null || process.FinishedAt is not null)
        {
            throw Illegal(state, OrderAction.FinishProcess, process.StartedAt is null ? $"{process.Name} has not started" : $"{process.Name} is already finished");
        }

        var finished = WithProcess(state, index, process with { FinishedAt = now, FinishedBy = caller.DisplayName });
        return OrderWorkflow.Transition(finished, caller, OrderAction.FinishProcess, decision.Next, now,
            decision.Next == OrderStage.Completed ? $"{process.Name} finished; every process is done" : $"{process.Name} finished");
    }

    /// <summary>An operator reports only on the resources they work on.</summary>
    private static void EnsureWorksOn(Caller caller, ScheduledProcess process)
    {
        if (!caller.Resources.Contains(process.ResourceId))
        {
            throw new ForbiddenException($"report production on {process.ResourceId}", "only its operators may");
        }
    }

    private static (ScheduledProcess Process, int Index) Find(OrderState state, string processId)
    {
        var processes = state.Schedule?.Processes ?? [];
        var index = processes.IndexOf(processes.FirstOrDefault(process => process.ProcessId == processId)!);
        return index >= 0 ? (processes[index], index) : throw new NotFoundException("Process", processId);
    }

    private static OrderState WithProcess(OrderState state, int index, ScheduledProcess process) =>
        state with { Schedule = state.Schedule! with { Processes = state.Schedule.Processes.SetItem(index, process) } };

    private static IllegalTransitionException Illegal(OrderState state, OrderAction action, string reason) =>
        new(action.ToString(), state.Stage.ToString(), reason);
}
