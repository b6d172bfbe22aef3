using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Planning;

namespace DexFlow.Domain.Tests.Planning;

public sealed class SchedulerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private static readonly ImmutableArray<ProductionProcess> Processes =
    [
        new("make-ready", 1, "Make-ready on SM 74-4", "press", "SM 74-4", 80),
        new("run", 2, "Run on SM 74-4", "press", "SM 74-4", 60),
        new("finishing-1", 3, "cutting", "cutter", null, 30),
    ];

    [Fact]
    public void The_proposal_keeps_process_order_and_goes_around_other_orders_bookings()
    {
        var resources = Resources(
            ("sm-74-4", "SM 74-4", "press", [Held("sm-74-4", Monday.AddMinutes(60), Monday.AddMinutes(120))]),
            ("cutter-1", "Polar 115", "cutter", [Held("cutter-1", Monday, Monday.AddHours(8))]),
            ("cutter-2", "Polar 92", "cutter", []));

        var proposal = Scheduler.Propose(Processes, resources, Monday, new DateOnly(2026, 12, 18), TimeZoneInfo.Utc);

        // Make-ready (80 min) does not fit before the booking at 07:00, so it starts at 08:00; the run follows it; the
        // free cutter takes the cutting as soon as the run ends.
        Assert.Equal(
            [
                ("make-ready", "sm-74-4", Monday.AddHours(2), Monday.AddHours(2).AddMinutes(80)),
                ("run", "sm-74-4", Monday.AddHours(2).AddMinutes(80), Monday.AddHours(2).AddMinutes(140)),
                ("finishing-1", "cutter-2", Monday.AddHours(2).AddMinutes(140), Monday.AddHours(2).AddMinutes(170)),
            ],
            proposal.Processes.Select(process => (process.ProcessId, process.ResourceId, process.Start, process.End)));
        Assert.False(proposal.MissesDueDate);
        Assert.True(Scheduler.Propose(Processes, resources, Monday, new DateOnly(2026, 11, 29), TimeZoneInfo.Utc).MissesDueDate);
    }

    [Fact]
    public void A_planners_plan_is_checked_process_by_process()
    {
        var resources = Resources(("sm-74-4", "SM 74-4", "press", []), ("cutter-1", "Polar 115", "cutter", []));
        ImmutableArray<ProcessSlot> slots =
        [
            new("make-ready", "sm-74-4", Monday.AddHours(1)),
            new("run", "cutter-1", Monday.AddHours(3)),               // a cutter cannot print
            new("finishing-1", "cutter-1", Monday.AddHours(-1)),       // before the shift, and before the run
            new("gluing", "cutter-1", Monday),                         // not a process of this order
        ];

        var problems = Assert.Throws<ValidationException>(() => Scheduler.Apply(Processes, slots, resources, Monday, TimeZoneInfo.Utc)).Errors;

        Assert.Equal(["slots", "slots.finishing-1.start", "slots.run.resourceId"], problems.Keys.Order());
        Assert.Contains("does not work at", problems["slots.finishing-1.start"][0]);
    }

    [Fact]
    public void Conflicts_name_the_resource_the_time_and_the_order_holding_it()
    {
        var resources = Resources(("sm-74-4", "SM 74-4", "press", [Held("sm-74-4", Monday, Monday.AddHours(2))]), ("cutter-1", "Polar 115", "cutter", []));
        var planned = Scheduler.Apply(Processes, [new("make-ready", "sm-74-4", Monday.AddHours(1)), new("run", "sm-74-4", Monday.AddHours(3)), new("finishing-1", "cutter-1", Monday.AddHours(4))], resources, Monday, TimeZoneInfo.Utc);

        var conflict = Assert.Single(Scheduler.Conflicts(planned, resources));

        Assert.Equal("SM 74-4 is booked 2026-11-30 06:00–2026-11-30 08:00 by order 2026-000007 (run); make-ready wants 2026-11-30 07:00–2026-11-30 08:20", conflict);
    }

    private static Booking Held(string resource, DateTimeOffset start, DateTimeOffset end) => new(resource, "2026-000007", "run", start, end);

    private static ResourceBookings[] Resources(params (string Id, string Name, string Kind, Booking[] Bookings)[] resources) =>
        [.. resources.Select(resource => new ResourceBookings(new ResourceView(resource.Id, resource.Name, resource.Kind, DemoResources.TwoShifts), [.. resource.Bookings]))];
}
