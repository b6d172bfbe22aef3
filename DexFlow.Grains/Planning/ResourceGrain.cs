using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using DexFlow.Grains.AuditTrail;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Planning;

/// <summary>A resource with its calendar and bookings; the one place that decides whether a booking fits.</summary>
public sealed class ResourceGrain([PersistentState("resource", DexFlowStorage.Name)] IPersistentState<ResourceState> resource, ConfigurationAudit audit)
    : Grain, IResourceGrain
{
    public const Roles Readers = Roles.Planner | Roles.Operator | Roles.Administrator | Roles.Auditor;

    private ResourceState State => resource.State;

    public async Task<ResourceView> Configure(Caller caller, ResourceSettings settings)
    {
        if (!caller.IsSystem)
        {
            caller.EnsureRole(Roles.Administrator, "configure resources");
        }

        ResourceRules.EnsureValid(this.GetPrimaryKeyString(), settings);
        var change = audit.Change(caller, "Resource", this.GetPrimaryKeyString(), State.Settings, settings);
        resource.State = State with { Settings = settings, UnwrittenChanges = change is null ? State.UnwrittenChanges : State.UnwrittenChanges.Add(change) };
        await resource.WriteStateAsync();
        await WriteChanges();
        return View();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken) => WriteChanges();

    public Task<ResourceView> Get(Caller caller)
    {
        caller.EnsureRole(Readers, "read resources");
        return Task.FromResult(View());
    }

    public Task<ResourceBookings> Bookings(Caller caller, DateTimeOffset from, DateTimeOffset to)
    {
        caller.EnsureRole(Readers, "read bookings");
        if (to <= from)
        {
            throw ValidationException.For("to", "Must be after from.");
        }

        return Task.FromResult(new ResourceBookings(View(), [.. State.Bookings.Where(booking => booking.Overlaps(from, to))]));
    }

    public Task<ResourceBookings> Availability(DateTimeOffset from, string exceptOrder) =>
        Task.FromResult(new ResourceBookings(View(), [.. State.Bookings.Where(booking => booking.End > from && booking.OrderNumber != exceptOrder)]));

    public async Task Book(string orderNumber, ImmutableArray<Booking> bookings)
    {
        View();
        var others = State.Bookings.Where(booking => booking.OrderNumber != orderNumber).ToArray();
        var conflicts = bookings
            .SelectMany(wanted => others.Where(held => held.Overlaps(wanted.Start, wanted.End))
                .Select(held => $"{State.Settings!.Name} is booked {held.Start:yyyy-MM-dd HH:mm}–{held.End:HH:mm} by order {held.OrderNumber} ({held.ProcessId}); {wanted.ProcessId} wants {wanted.Start:yyyy-MM-dd HH:mm}–{wanted.End:HH:mm}"))
            .Concat(bookings.SelectMany((first, i) => bookings.Skip(i + 1).Where(second => second.Overlaps(first.Start, first.End))
                .Select(second => $"{State.Settings!.Name}: {first.ProcessId} and {second.ProcessId} of order {orderNumber} overlap")))
            .ToImmutableArray();
        if (!conflicts.IsEmpty)
        {
            throw new ScheduleConflictException(conflicts);
        }

        var mine = State.Bookings.Where(booking => booking.OrderNumber == orderNumber);
        if (mine.SequenceEqual(bookings))
        {
            return;
        }

        resource.State = State with { Bookings = [.. others.Concat(bookings.Select(booking => booking with { ResourceId = this.GetPrimaryKeyString(), OrderNumber = orderNumber })).OrderBy(booking => booking.Start)] };
        await resource.WriteStateAsync();
    }

    private ResourceView View() => State.Settings is { } settings
        ? new ResourceView(this.GetPrimaryKeyString(), settings.Name, settings.Kind, settings.Calendar)
        : throw new NotFoundException("Resource", this.GetPrimaryKeyString());

    /// <summary>Hands the settings' changes to the audit trail; they stay in the state until it has them.</summary>
    private async Task WriteChanges()
    {
        if (!State.UnwrittenChanges.IsEmpty && await audit.TryWrite(State.UnwrittenChanges))
        {
            resource.State = State with { UnwrittenChanges = [] };
            await resource.WriteStateAsync();
        }
    }
}
