using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Planning;

/// <summary>
/// Places an order's processes on resources, pure: processes keep their order (each starts when the one before has
/// ended), a resource never runs two at once, and each process takes its working minutes in its resource's calendar,
/// read in the shop's time zone.
/// </summary>
public static class Scheduler
{
    /// <summary>The earliest feasible slot for each process, choosing among the resources that can do it the one that finishes first.</summary>
    public static ScheduleProposal Propose(
        ImmutableArray<ProductionProcess> processes, IReadOnlyList<ResourceBookings> resources, DateTimeOffset notBefore, DateOnly? dueDate, TimeZoneInfo zone)
    {
        var planned = ImmutableArray.CreateBuilder<ScheduledProcess>();
        var booked = new List<Booking>();
        var ready = notBefore;
        foreach (var process in processes.OrderBy(process => process.Sequence))
        {
            var best = Candidates(process, resources)
                .Select(resource => Earliest(resource, booked, process.Minutes, ready, zone))
                .MinBy(slot => (slot.End, slot.Start));
            if (best is null)
            {
                throw ValidationException.For("processes", $"No resource of kind '{process.ResourceKind}'{(process.Resource is null ? "" : $" named '{process.Resource}'")} for {process.Name}.");
            }

            planned.Add(new ScheduledProcess(process.Id, process.Sequence, process.Name, best.ResourceId, best.Start, best.End, process.Minutes));
            booked.Add(best);
            ready = best.End;
        }

        return new ScheduleProposal(planned.ToImmutable(), MissesDueDate(planned, dueDate, zone));
    }

    /// <summary>
    /// The planner's slots made into a schedule: every process exactly once, on a resource of its kind, in order, each
    /// ending after its working minutes. Problems are named field by field.
    /// </summary>
    public static ImmutableArray<ScheduledProcess> Apply(
        ImmutableArray<ProductionProcess> processes, ImmutableArray<ProcessSlot> slots, IReadOnlyList<ResourceBookings> resources, DateTimeOffset notBefore,
        TimeZoneInfo zone)
    {
        var problems = new Validation.Problems();
        var byProcess = slots.IsDefault ? [] : slots.GroupBy(slot => slot.ProcessId).ToDictionary(group => group.Key, group => group.ToArray());
        foreach (var unknown in byProcess.Keys.Where(id => processes.All(process => process.Id != id)))
        {
            problems.Add("slots", $"'{unknown}' is not a process of this order.");
        }

        var planned = ImmutableArray.CreateBuilder<ScheduledProcess>();
        DateTimeOffset? previousEnd = null;
        foreach (var process in processes.OrderBy(process => process.Sequence))
        {
            if (!byProcess.TryGetValue(process.Id, out var given) || given.Length != 1)
            {
                problems.Add($"slots.{process.Id}", given is null ? "Missing: every process needs a slot." : "Given more than once.");
                continue;
            }

            var slot = given[0];
            var resource = resources.FirstOrDefault(candidate => candidate.Resource.Id == slot.ResourceId);
            if (resource is null || !Candidates(process, resources).Contains(resource))
            {
                problems.Add($"slots.{process.Id}.resourceId", $"'{slot.ResourceId}' cannot do {process.Name} (needs a {process.ResourceKind}{(process.Resource is null ? "" : $" named {process.Resource}")}).");
                continue;
            }

            if (slot.Start < notBefore.AddYears(-1) || slot.Start > notBefore.AddYears(2))
            {
                problems.Add($"slots.{process.Id}.start", "Must be within the next two years.");
                continue;
            }

            var start = WorkingTime.NextWorking(resource.Resource.Calendar, slot.Start, zone);
            if (start != slot.Start.ToUniversalTime())
            {
                problems.Add($"slots.{process.Id}.start",
                    $"{resource.Resource.Name} does not work at {Shown(slot.Start, zone)}; its next working time is {Shown(start, zone)} (shop time, {zone.Id}).");
            }

            if (start < notBefore)
            {
                problems.Add($"slots.{process.Id}.start", "Must not be in the past.");
            }

            if (previousEnd is { } after && start < after)
            {
                problems.Add($"slots.{process.Id}.start", $"Starts before the process before it ends ({Shown(after, zone)} shop time).");
            }

            var end = WorkingTime.AddWorking(resource.Resource.Calendar, start, process.Minutes, zone);
            planned.Add(new ScheduledProcess(process.Id, process.Sequence, process.Name, resource.Resource.Id, start, end, process.Minutes));
            previousEnd = end;
        }

        problems.ThrowIfAny();
        return planned.ToImmutable();
    }

    /// <summary>Every overlap of the planned processes with other orders' bookings, described for the planner.</summary>
    public static ImmutableArray<string> Conflicts(IEnumerable<ScheduledProcess> planned, IReadOnlyList<ResourceBookings> resources) =>
    [
        .. from process in planned
           from resource in resources.Where(resource => resource.Resource.Id == process.ResourceId)
           from held in resource.Bookings.Where(held => held.Overlaps(process.Start, process.End))
           select $"{resource.Resource.Name} is booked {held.Start:yyyy-MM-dd HH:mm}–{held.End:yyyy-MM-dd HH:mm} by order {held.OrderNumber} ({held.ProcessId}); "
                  + $"{process.ProcessId} wants {process.Start:yyyy-MM-dd HH:mm}–{process.End:yyyy-MM-dd HH:mm}",
    ];

    /// <summary>Whether a process ends after the due date is over at the shop.</summary>
    public static bool MissesDueDate(IEnumerable<ScheduledProcess> processes, DateOnly? dueDate, TimeZoneInfo zone) =>
        dueDate is { } due && processes.Any(process => process.End > WorkingTime.EndOfDay(due, zone));

    private static string Shown(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<ResourceBookings> Candidates(ProductionProcess process, IReadOnlyList<ResourceBookings> resources) =>
        resources.Where(resource => string.Equals(resource.Resource.Kind, process.ResourceKind, StringComparison.OrdinalIgnoreCase)
                                    && (process.Resource is null || string.Equals(resource.Resource.Name, process.Resource, StringComparison.OrdinalIgnoreCase)));

    private static Booking Earliest(ResourceBookings resource, IReadOnlyList<Booking> planned, int minutes, DateTimeOffset ready, TimeZoneInfo zone)
    {
        var taken = resource.Bookings.Concat(planned.Where(booking => booking.ResourceId == resource.Resource.Id)).OrderBy(booking => booking.Start).ToArray();
        var start = WorkingTime.NextWorking(resource.Resource.Calendar, ready, zone);
        while (true)
        {
            var end = WorkingTime.AddWorking(resource.Resource.Calendar, start, minutes, zone);
            var clash = taken.FirstOrDefault(booking => booking.Overlaps(start, end));
            if (clash is null)
            {
                return new Booking(resource.Resource.Id, "", "", start, end);
            }

            start = WorkingTime.NextWorking(resource.Resource.Calendar, clash.End, zone);
        }
    }
}
