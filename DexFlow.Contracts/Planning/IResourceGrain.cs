using System.Collections.Immutable;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Contracts.Planning;

/// <summary>
/// One resource (a press, a cutter, ...), keyed by its id: its calendar and its bookings. It never lets two bookings
/// overlap; an order's bookings on it are replaced together, so moving a plan is one step.
/// </summary>
[Alias("dexflow.resource")]
public interface IResourceGrain : IGrainWithStringKey
{
    [Alias("configure")]
    Task<ResourceView> Configure(Caller caller, ResourceSettings settings);

    [Alias("get")]
    [ReadOnly]
    Task<ResourceView> Get(Caller caller);

    /// <summary>Bookings that overlap the window, in time order.</summary>
    [Alias("bookings")]
    [ReadOnly]
    Task<ResourceBookings> Bookings(Caller caller, DateTimeOffset from, DateTimeOffset to);

    /// <summary>For planning: the calendar and the bookings of every order but <paramref name="exceptOrder"/> from <paramref name="from"/> on.</summary>
    [Alias("availability")]
    [ReadOnly]
    Task<ResourceBookings> Availability(DateTimeOffset from, string exceptOrder);

    /// <summary>
    /// Replaces the order's bookings on this resource with <paramref name="bookings"/> (none releases them). Refused with
    /// <see cref="Errors.ScheduleConflictException"/> naming every overlap with another order, changing nothing.
    /// </summary>
    [Alias("book")]
    Task Book(string orderNumber, ImmutableArray<Booking> bookings);
}
