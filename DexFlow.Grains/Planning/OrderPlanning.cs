using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Orders;
using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Planning;

/// <summary>
/// Planning for the order grain: proposes the earliest feasible slots, and books a confirmed plan on the resources.
/// Conflicts seen in the resources' bookings are refused together, naming each; a booking another planner won in the
/// meantime is refused by the resource itself. When booking or saving the plan fails, the order's saved plan is put
/// back on the resources it touched; after a crash in between, the order puts its saved plan back on every resource
/// when it next activates, and again until every resource took it (<see cref="Restore"/>).
/// </summary>
public sealed partial class OrderPlanning(IGrainFactory grains, ILogger<OrderPlanning> logger)
{
    /// <summary>Plans start on the quarter hour: slots people can read, and a proposal still valid when confirmed minutes later.</summary>
    private static readonly TimeSpan Granularity = TimeSpan.FromMinutes(15);

    public async Task<ScheduleProposal> Propose(OrderState state, DateTimeOffset now)
    {
        var estimate = state.Estimate ?? throw new IllegalTransitionException("schedule", state.Stage.ToString(), "the order has no estimate to plan from");
        var from = new DateTimeOffset((now.UtcTicks + Granularity.Ticks - 1) / Granularity.Ticks * Granularity.Ticks, TimeSpan.Zero);
        return Scheduler.Propose(estimate.Processes, await Availability(state.Number, now), from, state.Draft.Specification.DueDate);
    }

    public async Task<(ImmutableArray<ScheduledProcess> Processes, bool MissesDueDate)> Book(OrderState state, ImmutableArray<ProcessSlot> slots, DateTimeOffset now)
    {
        var estimate = state.Estimate ?? throw new IllegalTransitionException("schedule", state.Stage.ToString(), "the order has no estimate to plan from");
        var resources = await Availability(state.Number, now);
        var planned = Scheduler.Apply(estimate.Processes, slots, resources, now);
        var conflicts = Scheduler.Conflicts(planned, resources);
        if (!conflicts.IsEmpty)
        {
            throw new ScheduleConflictException(conflicts);
        }

        var wanted = ByResource(state.Number, planned);
        var previous = ByResource(state.Number, state.Schedule?.Processes ?? []);
        var booked = new List<string>();
        try
        {
            foreach (var resourceId in wanted.Keys.Union(previous.Keys))
            {
                await grains.GetGrain<IResourceGrain>(resourceId).Book(state.Number, wanted.GetValueOrDefault(resourceId, []));
                booked.Add(resourceId);
            }
        }
        catch
        {
            await Restore(state, booked);
            throw;
        }

        return (planned, Scheduler.MissesDueDate(planned, state.Draft.Specification.DueDate));
    }

    /// <summary>
    /// Puts the order's saved plan back on the given resources (all of them when none are named), as far as they
    /// allow; false when a resource refused or did not answer.
    /// </summary>
    public async Task<bool> Restore(OrderState state, IReadOnlyCollection<string>? resourceIds = null)
    {
        var restored = true;
        var saved = ByResource(state.Number, state.Schedule?.Processes ?? []);
        var ids = resourceIds ?? [.. (await grains.GetGrain<IResourceDirectoryGrain>(0).All()).Select(resource => resource.Id)];
        foreach (var resourceId in ids)
        {
            try
            {
                await grains.GetGrain<IResourceGrain>(resourceId).Book(state.Number, saved.GetValueOrDefault(resourceId, []));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Another order took the slot meanwhile, or the resource is unreachable: the rest are still restored,
                // and the caller tries again later.
                LogRestoreFailed(logger, exception, state.Number, resourceId);
                restored = false;
            }
        }

        return restored;
    }

    private async Task<ResourceBookings[]> Availability(string orderNumber, DateTimeOffset from)
    {
        var resources = await grains.GetGrain<IResourceDirectoryGrain>(0).All();
        return await Task.WhenAll(resources.Select(resource => grains.GetGrain<IResourceGrain>(resource.Id).Availability(from, orderNumber)));
    }

    private static Dictionary<string, ImmutableArray<Booking>> ByResource(string orderNumber, IEnumerable<ScheduledProcess> processes) =>
        processes.GroupBy(process => process.ResourceId)
            .ToDictionary(group => group.Key, group => group.Select(process => new Booking(group.Key, orderNumber, process.ProcessId, process.Start, process.End)).ToImmutableArray());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not put order {Number}'s plan back on resource {ResourceId}")]
    private static partial void LogRestoreFailed(ILogger logger, Exception exception, string number, string resourceId);
}
