using DexFlow.Web.Api;
using DexFlow.Web.Pages.Planning;

namespace DexFlow.Web.Tests.Planning;

public sealed class PlanDraftTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Bars_of_the_plan_are_ghosts_until_booked_and_a_moved_slot_leaves_its_booking_behind()
    {
        var draft = Draft(dueDate: null);
        Booking[] bookings =
        [
            new("ctp-1", "2026-000001", "prepress", Monday, Monday.AddHours(1)),
            new("sm-74-4", "2026-000099", "run", Monday, Monday.AddHours(3)),
        ];

        var bars = BoardBar.Build(bookings, draft, new Dictionary<string, IReadOnlyList<string>>());
        Assert.Equal(BarKind.Booked, Bar(bars, "plan:prepress").Kind);
        Assert.True(Bar(bars, "plan:prepress").Movable);
        Assert.Equal(BarKind.Ghost, Bar(bars, "plan:run").Kind);
        Assert.False(Bar(bars, "booking:2026-000099:run:sm-74-4").Movable);

        draft.Move("prepress", "ctp-1", Monday.AddHours(2));
        bars = BoardBar.Build(bookings, draft, new Dictionary<string, IReadOnlyList<string>>());
        Assert.Equal(BarKind.Ghost, Bar(bars, "plan:prepress").Kind);
        Assert.Equal(Monday.AddHours(2), Bar(bars, "plan:prepress").Start);
        Assert.Equal(Monday.AddHours(3), Bar(bars, "plan:prepress").End);
        Assert.False(Bar(bars, "booking:2026-000001:prepress:ctp-1").Movable);
        Assert.Equal([new ProcessSlot("prepress", "ctp-1", Monday.AddHours(2)), new ProcessSlot("run", "sm-74-4", Monday.AddHours(1))], draft.Slots());
    }

    [Fact]
    public void A_slot_ending_after_the_due_date_is_flagged()
    {
        var draft = Draft(dueDate: new DateOnly(2026, 3, 2));
        Assert.False(draft.MissesDueDate(draft.Processes[1]));

        draft.Move("run", "sm-74-4", new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero));

        Assert.True(draft.MissesDueDate(draft.Processes[1]));
        Assert.True(Bar(BoardBar.Build([], draft, new Dictionary<string, IReadOnlyList<string>>()), "plan:run").MissesDueDate);
    }

    [Fact]
    public void Validation_problems_and_conflicts_go_to_the_process_they_name()
    {
        var problem = new ApiProblem(null, "The plan conflicts with other bookings.", 409, null,
            new Dictionary<string, string[]> { ["slots.run.start"] = ["Must not be in the past."], ["slots"] = ["'x' is not a process of this order."] },
            ["SM 74-4 is booked 2026-03-02 06:00–2026-03-02 09:00 by order 2026-000099 (run); prepress wants 2026-03-02 06:00–2026-03-02 07:00"]);

        var found = SlotProblems.For(problem, ["prepress", "run", "packing"]);

        Assert.Equal(["SM 74-4 is booked 2026-03-02 06:00–2026-03-02 09:00 by order 2026-000099 (run); prepress wants 2026-03-02 06:00–2026-03-02 07:00"], found["prepress"]);
        Assert.Equal(["Must not be in the past."], found["run"]);
        Assert.False(found.ContainsKey("packing"));
    }

    private static PlanDraft Draft(DateOnly? dueDate) => new("2026-000001", 7, dueDate,
    [
        new ScheduledProcess("run", 2, "Run on SM 74-4", "sm-74-4", Monday.AddHours(1), Monday.AddHours(4), 180),
        new ScheduledProcess("prepress", 1, "Prepress: 8 plates", "ctp-1", Monday, Monday.AddHours(1), 60),
    ]);

    private static BoardBar Bar(IReadOnlyList<BoardBar> bars, string key) => Assert.Single(bars, bar => bar.Key == key);
}
