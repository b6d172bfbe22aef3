using System.Collections.Immutable;

namespace DexFlow.Contracts.Planning;

/// <summary>A resource's configuration: its name, its kind (press, cutter, folder, binder, ...) and its calendar.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.resource-settings")]
public sealed record ResourceSettings(
    [property: Id(0)] string Name,
    [property: Id(1)] string Kind,
    [property: Id(2)] WorkingCalendar Calendar);

/// <summary>A resource as planners see it.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.resource-view")]
public sealed record ResourceView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Kind,
    [property: Id(3)] WorkingCalendar Calendar);

/// <summary>Time a resource is given to one process of one order, from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.booking")]
public sealed record Booking(
    [property: Id(0)] string ResourceId,
    [property: Id(1)] string OrderNumber,
    [property: Id(2)] string ProcessId,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}

/// <summary>A resource's bookings in a window.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.resource-bookings")]
public sealed record ResourceBookings(
    [property: Id(0)] ResourceView Resource,
    [property: Id(1)] ImmutableArray<Booking> Bookings);
