using DexFlow.Contracts.Planning;
using DexFlow.Grains.Pricing;

namespace DexFlow.Grains.Planning;

/// <summary>The demo shop: the demo price list's presses and one resource for each other kind, two shifts on weekdays.</summary>
public static class DemoResources
{
    public static WorkingCalendar TwoShifts { get; } = new(
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingHours(day, new TimeOnly(6, 0), new TimeOnly(22, 0)))],
        [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26), new DateOnly(2027, 1, 1)]);

    public static IReadOnlyList<(string Id, ResourceSettings Settings)> All { get; } =
    [
        ("ctp-1", new ResourceSettings("Platesetter", ResourceKinds.Prepress, TwoShifts)),
        ("sm-52-2", new ResourceSettings("SM 52-2", ResourceKinds.Press, TwoShifts)),
        ("sm-74-4", new ResourceSettings("SM 74-4", ResourceKinds.Press, TwoShifts)),
        ("xl-106-5", new ResourceSettings("XL 106-5", ResourceKinds.Press, TwoShifts)),
        ("cutter-1", new ResourceSettings("Polar 115", "cutter", TwoShifts)),
        ("cutter-2", new ResourceSettings("Polar 92", "cutter", TwoShifts)),
        ("folder-1", new ResourceSettings("Stahl TH 56", "folder", TwoShifts)),
        ("binder-1", new ResourceSettings("Saddle stitcher", "binder", TwoShifts)),
        ("laminator-1", new ResourceSettings("Laminator", "laminator", TwoShifts)),
        ("packing-1", new ResourceSettings("Packing table", ResourceKinds.Packing, TwoShifts)),
    ];
}
