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
        Assert.Equal(DateTimeOffset.Parse(expected), WorkingTime.NextWorking(Shifts, DateTimeOffset.Parse(at), TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("2026-11-30T06:00:00Z", 90, "2026-11-30T07:30:00Z")]
    [InlineData("2026-12-04T21:00:00Z", 120, "2026-12-07T07:00:00Z")]  // 60 min on Friday, 60 on Monday
    [InlineData("2026-11-30T06:00:00Z", 16 * 60 * 2, "2026-12-01T22:00:00Z")] // two full days
    public void Working_minutes_skip_nights_weekends_and_holidays(string start, int minutes, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), WorkingTime.AddWorking(Shifts, DateTimeOffset.Parse(start), minutes, TimeZoneInfo.Utc));
    }
}

public sealed class ShopTimeZoneTests
{
    private static readonly Contracts.Planning.WorkingCalendar Shifts = DemoResources.TwoShifts; // Mon–Fri 06:00–22:00, 24–26 Dec and 1 Jan off
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-11-30T03:00:00Z", "2026-11-30T05:00:00Z")] // winter: 06:00 in Berlin is 05:00 UTC
    [InlineData("2026-06-01T03:00:00Z", "2026-06-01T04:00:00Z")] // summer: 06:00 in Berlin is 04:00 UTC
    [InlineData("2026-12-04T21:30:00Z", "2026-12-07T05:00:00Z")] // Friday 22:30 in Berlin: the shift is over, Monday 06:00
    [InlineData("2026-12-23T22:30:00Z", "2026-12-28T05:00:00Z")] // 24 December has begun in Berlin: a holiday there
    public void Shifts_start_at_the_shops_clock_time_in_summer_and_winter(string at, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), WorkingTime.NextWorking(Shifts, DateTimeOffset.Parse(at), Berlin));
    }

    [Fact]
    public void A_shift_across_the_spring_change_is_an_hour_shorter_on_the_clock_it_follows()
    {
        // Sunday 29 March 2026 the clocks go from 02:00 to 03:00; a Sunday night shift 00:00–06:00 has five hours.
        var night = new Contracts.Planning.WorkingCalendar([new(DayOfWeek.Sunday, new TimeOnly(0, 0), new TimeOnly(6, 0))], []);

        var end = WorkingTime.AddWorking(night, DateTimeOffset.Parse("2026-03-28T23:00:00Z"), 5 * 60, Berlin);

        Assert.Equal(DateTimeOffset.Parse("2026-03-29T04:00:00Z"), end); // 06:00 summer time
        // A minute more is the first minute of the next Sunday's shift: 00:01 summer time.
        Assert.Equal(DateTimeOffset.Parse("2026-04-04T22:01:00Z"), WorkingTime.AddWorking(night, DateTimeOffset.Parse("2026-03-28T23:00:00Z"), 5 * 60 + 1, Berlin));
    }

    [Fact]
    public void A_plan_ending_in_the_due_days_evening_at_the_shop_meets_it_even_when_utc_has_moved_on()
    {
        var evening = new Contracts.Planning.ScheduledProcess("run", 1, "Run", "sm-74-4", DateTimeOffset.Parse("2026-12-18T21:00:00Z"), DateTimeOffset.Parse("2026-12-18T22:30:00Z"), 90);
        var afterMidnight = evening with { End = DateTimeOffset.Parse("2026-12-18T23:30:00Z") };

        Assert.False(Scheduler.MissesDueDate([evening], new DateOnly(2026, 12, 18), Berlin)); // 23:30 in Berlin
        Assert.True(Scheduler.MissesDueDate([afterMidnight], new DateOnly(2026, 12, 18), Berlin)); // 00:30 on the 19th in Berlin
        Assert.False(Scheduler.MissesDueDate([afterMidnight], new DateOnly(2026, 12, 18), TimeZoneInfo.Utc));
    }
}
