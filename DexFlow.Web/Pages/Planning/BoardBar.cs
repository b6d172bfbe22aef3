using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Planning;

public enum BarKind
{
    /// <summary>Time a resource is given: confirmed.</summary>
    Booked,

    /// <summary>A slot of the plan being made, not yet confirmed: drawn dashed and translucent.</summary>
    Ghost,
}

/// <summary>
/// One bar of the board. Bars of the plan being made are <see cref="Movable"/> and keyed by their process
/// (<c>plan:{processId}</c>), so that what the API says about a process lands on its bar.
/// </summary>
public sealed record BoardBar(string Key, BarKind Kind, string ResourceId, string OrderNumber, string ProcessId, string Label,
    DateTimeOffset Start, DateTimeOffset End, bool Movable, bool MissesDueDate, IReadOnlyList<string> Problems)
{
    public static string PlanKey(string processId) => $"plan:{processId}";

    /// <summary>
    /// The bars of the bookings and of the draft (the plan's bars lead with the process: the panel above names the order). A draft slot still where its order's booking is shows as that booked
    /// bar, movable; one moved (or not yet booked) shows as a ghost, and the booking it leaves stays until Confirm.
    /// </summary>
    public static IReadOnlyList<BoardBar> Build(IEnumerable<Booking> bookings, PlanDraft? draft, IReadOnlyDictionary<string, IReadOnlyList<string>> problems)
    {
        var bars = new List<BoardBar>();
        var shownAsBooked = new HashSet<string>();
        foreach (var booking in bookings)
        {
            var slot = draft?.OrderNumber == booking.OrderNumber ? draft.Find(booking.ProcessId) : null;
            if (slot is not null && slot.ResourceId == booking.ResourceId && slot.Start == booking.Start && shownAsBooked.Add(slot.ProcessId))
            {
                bars.Add(new BoardBar(PlanKey(slot.ProcessId), BarKind.Booked, booking.ResourceId, booking.OrderNumber, slot.ProcessId,
                    $"{slot.Name} · {booking.OrderNumber}", booking.Start, booking.End, true, draft!.MissesDueDate(slot), ProblemsOf(problems, slot.ProcessId)));
                continue;
            }

            bars.Add(new BoardBar($"booking:{booking.OrderNumber}:{booking.ProcessId}:{booking.ResourceId}", BarKind.Booked, booking.ResourceId,
                booking.OrderNumber, booking.ProcessId, $"{booking.OrderNumber} · {slot?.Name ?? booking.ProcessId}", booking.Start, booking.End,
                false, false, []));
        }

        foreach (var slot in draft?.Processes.Where(slot => !shownAsBooked.Contains(slot.ProcessId)) ?? [])
        {
            bars.Add(new BoardBar(PlanKey(slot.ProcessId), BarKind.Ghost, slot.ResourceId, draft!.OrderNumber, slot.ProcessId,
                $"{slot.Name} · {draft.OrderNumber}", slot.Start, slot.End, true, draft.MissesDueDate(slot), ProblemsOf(problems, slot.ProcessId)));
        }

        return bars;
    }

    private static IReadOnlyList<string> ProblemsOf(IReadOnlyDictionary<string, IReadOnlyList<string>> problems, string processId) =>
        problems.TryGetValue(processId, out var found) ? found : [];
}
