namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' planning views that the planning board and the shop floor read. None carries a price.

/// <summary>Time a resource is given to one process of one order, from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
public sealed record Booking(string ResourceId, string OrderNumber, string ProcessId, DateTimeOffset Start, DateTimeOffset End);

/// <summary>A resource's bookings in a window, as <c>GET /api/resources/{id}/bookings</c> returns them.</summary>
public sealed record ResourceBookings(ResourceView Resource, IReadOnlyList<Booking> Bookings);

/// <summary>The earliest feasible slots for an order's processes, and whether they end after its due date.</summary>
public sealed record ScheduleProposal(IReadOnlyList<ScheduledProcess> Processes, bool MissesDueDate);

/// <summary>Where and when one process is to run, as the planner confirms or moves it; the API works out its end.</summary>
public sealed record ProcessSlot(string ProcessId, string ResourceId, DateTimeOffset Start);
