using DexFlow.Grains.Planning;

namespace DexFlow.Domain.Tests.Planning;

public sealed class WorkingTimeTests
{
    private static readonly Contracts.Planning.WorkingCalendar Shifts = DemoResources.TwoShifts; // Mon–Fri 06:00–22:00, 24–26 Dec and 1 Jan off

    [Theory]
    [InlineData("2026-11-30T05:00:00Z", "2026-11-30T06:00:00Z")] // Monday before the first shift
    [InlineData("2026-11-30T10:15:00Z", "2026-11-30T10:15:00Z")] // working
    [InlineData("2026-12-04T22:00:00Z", "2026-12-07T06:00:00Z")] // Friday evening: Monday morning
    [InlineData("2026-12-23T23:00:00Z", "2026-12-28T06:00:00Z")] // holidays 24–26, then the weekend
    public void Work_starts_at_the_next_working_moment(string at, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), WorkingTime.NextWorking(Shifts, DateTimeOffset.Parse(at)));
    }

    [Theory]
    [InlineData("2026-11-30T06:00:00Z", 90, "2026-11-30T07:30:00Z")]
    [InlineData("2026-12-04T21:00:00Z", 120, "2026-12-07T07:00:00Z")]  // 60 min on Friday, 60 on Monday
    [InlineData("2026-11-30T06:00:00Z", 16 * 60 * 2, "2026-12-01T22:00:00Z")] // two full days
    public void Working_minutes_skip_nights_weekends_and_holidays(string start, int minutes, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), WorkingTime.AddWorking(Shifts, DateTimeOffset.Parse(start), minutes));
    }
}
