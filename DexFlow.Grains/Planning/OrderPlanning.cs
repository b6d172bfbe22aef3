using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Orders;

namespace DexFlow.Grains.Planning;

/// <summary>
/// Planning for the order grain: proposes the earliest feasible slots, and books a confirmed plan on the resources.
/// Conflicts seen in the resources' bookings are refused together, naming each; a booking another planner won in the
/// meantime is refused by the resource itself, and the resources booked so far are put back as they were.
/// </summary>
public sealed class OrderPlanning(IGrainFactory grains)
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
        catch (ScheduleConflictException)
        {
            foreach (var resourceId in booked)
            {
                await grains.GetGrain<IResourceGrain>(resourceId).Book(state.Number, previous.GetValueOrDefault(resourceId, []));
            }

            throw;
        }

        return (planned, Scheduler.MissesDueDate(planned, state.Draft.Specification.DueDate));
    }

    private async Task<ResourceBookings[]> Availability(string orderNumber, DateTimeOffset from)
    {
        var resources = await grains.GetGrain<IResourceDirectoryGrain>(0).All();
        return await Task.WhenAll(resources.Select(resource => grains.GetGrain<IResourceGrain>(resource.Id).Availability(from, orderNumber)));
    }

    private static Dictionary<string, ImmutableArray<Booking>> ByResource(string orderNumber, IEnumerable<ScheduledProcess> processes) =>
        processes.GroupBy(process => process.ResourceId)
            .ToDictionary(group => group.Key, group => group.Select(process => new Booking(group.Key, orderNumber, process.ProcessId, process.Start, process.End)).ToImmutableArray());
}
