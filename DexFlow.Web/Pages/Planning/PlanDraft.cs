using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Planning;

/// <summary>One process of the plan being made: where and when the planner wants it, and how long it ran in the proposal.</summary>
public sealed record DraftSlot(string ProcessId, int Sequence, string Name, string ResourceId, DateTimeOffset Start, TimeSpan Length)
{
    /// <summary>Where the bar ends until the API has worked out the real end from the resource's calendar.</summary>
    public DateTimeOffset End => Start + Length;
}

/// <summary>
/// The plan of the order being planned: starts as the proposal (or the order's confirmed schedule), the planner moves its
/// slots, and <see cref="Slots"/> is what Confirm sends. Nothing is saved until then.
/// </summary>
public sealed class PlanDraft(string orderNumber, long version, DateOnly? dueDate, IEnumerable<ScheduledProcess> processes)
{
    private readonly List<DraftSlot> slots = [.. processes.OrderBy(process => process.Sequence)
        .Select(process => new DraftSlot(process.ProcessId, process.Sequence, process.Name, process.ResourceId, process.Start, process.End - process.Start))];

    public string OrderNumber { get; } = orderNumber;

    /// <summary>The order's version when it was read, sent as If-Match.</summary>
    public long Version { get; } = version;

    public DateOnly? DueDate { get; } = dueDate;

    public IReadOnlyList<DraftSlot> Processes => slots;

    public DraftSlot? Find(string processId) => slots.FirstOrDefault(slot => slot.ProcessId == processId);

    public void Move(string processId, string resourceId, DateTimeOffset start)
    {
        var index = slots.FindIndex(slot => slot.ProcessId == processId);
        if (index < 0 || (slots[index].ResourceId == resourceId && slots[index].Start == start))
        {
            return;
        }

        slots[index] = slots[index] with { ResourceId = resourceId, Start = start };
    }

    /// <summary>Whether the slot ends after the due date (the end of that day in shop time, UTC, as the API decides it).</summary>
    public bool MissesDueDate(DraftSlot slot) =>
        DueDate is { } due && slot.End > new DateTimeOffset(due.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    public IReadOnlyList<ProcessSlot> Slots() => [.. slots.Select(slot => new ProcessSlot(slot.ProcessId, slot.ResourceId, slot.Start))];
}
