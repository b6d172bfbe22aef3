using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Company;
using DexFlow.Grains.Orders;
using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Planning;

/// <summary>
/// Planning for the order grain: proposes the earliest feasible slots, and books a confirmed plan on the resources.
/// Conflicts seen in the resources' bookings are refused together, naming each; a booking another planner won in the
/// meantime is refused by the resource itself. The order records which resources a plan touches before booking it
/// (<see cref="OrderState.PlanInProgress"/>); when booking or saving fails, or the silo dies in between, the saved plan
/// is put back on those resources (<see cref="Restore"/>), at once or when the order next activates.
/// </summary>
public sealed partial class OrderPlanning(IGrainFactory grains, CompanyProfiles profiles, ILogger<OrderPlanning> logger)
{
    /// <summary>Plans start on the quarter hour: slots people can read, and a proposal still valid when confirmed minutes later.</summary>
    private static readonly TimeSpan Granularity = TimeSpan.FromMinutes(15);

    public async Task<ScheduleProposal> Propose(OrderState state, DateTimeOffset now)
    {
        var estimate = state.Estimate ?? throw new IllegalTransitionException("schedule", state.Stage.ToString(), "the order has no estimate to plan from");
        var from = new DateTimeOffset((now.UtcTicks + Granularity.Ticks - 1) / Granularity.Ticks * Granularity.Ticks, TimeSpan.Zero);
        return Scheduler.Propose(estimate.Processes, await Availability(state.Number, now), from, state.Draft.Specification.DueDate, (await profiles.Current()).Zone);
    }

    /// <summary>The planner's slots checked against the order's processes and the resources' bookings; nothing is booked yet.</summary>
    public async Task<(ImmutableArray<ScheduledProcess> Processes, bool MissesDueDate)> Plan(OrderState state, ImmutableArray<ProcessSlot> slots, DateTimeOffset now)
    {
        var estimate = state.Estimate ?? throw new IllegalTransitionException("schedule", state.Stage.ToString(), "the order has no estimate to plan from");
        var resources = await Availability(state.Number, now);
        var zone = (await profiles.Current()).Zone;
        var planned = Scheduler.Apply(estimate.Processes, slots, resources, now, zone);
        var conflicts = Scheduler.Conflicts(planned, resources);
        return conflicts.IsEmpty
            ? (planned, Scheduler.MissesDueDate(planned, state.Draft.Specification.DueDate, zone))
            : throw new ScheduleConflictException(conflicts);
    }

    /// <summary>The resources booking <paramref name="planned"/> touches: those of the new plan and of the order's saved one.</summary>
    public static ImmutableArray<string> Touched(OrderState state, IEnumerable<ScheduledProcess> planned) =>
        [.. planned.Concat(state.Schedule?.Processes ?? []).Select(process => process.ResourceId).Distinct()];

    /// <summary>Books the plan on every resource it touches; if one refuses, those booked so far get the saved plan back.</summary>
    public async Task Book(OrderState state, ImmutableArray<ScheduledProcess> planned)
    {
        var wanted = ByResource(state.Number, planned);
        var booked = new List<string>();
        try
        {
            foreach (var resourceId in Touched(state, planned))
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
    }

    /// <summary>Puts the order's saved plan back on the given resources, as far as they allow; false when one refused or did not answer.</summary>
    public async Task<bool> Restore(OrderState state, IReadOnlyCollection<string> resourceIds)
    {
        var restored = true;
        var saved = ByResource(state.Number, state.Schedule?.Processes ?? []);
        foreach (var resourceId in resourceIds)
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
