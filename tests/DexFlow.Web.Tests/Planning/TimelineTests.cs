using DexFlow.Web.Pages.Planning;

namespace DexFlow.Web.Tests.Planning;

public sealed class TimelineTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Wednesday 4 March 2026.
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    [Fact]
    public void A_week_starts_on_the_monday_before_and_spans_seven_days()
    {
        var week = TimelineWindow.Containing(Wednesday, TimelineScale.Week, TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2026, 3, 2), week.First);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), week.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), week.To);
        Assert.Equal(new DateOnly(2026, 3, 2), TimelineWindow.Containing(new DateOnly(2026, 3, 8), TimelineScale.Week, TimeZoneInfo.Utc).First);
    }

    [Fact]
    public void The_window_runs_from_local_midnight_in_the_zone_given()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 23, 0, 0, TimeSpan.Zero), day.From.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(24), day.To - day.From);
    }

    [Fact]
    public void Previous_and_next_move_by_the_scale_and_a_new_scale_keeps_the_day_in_view()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2026, 3, 3), day.Previous.First);
        Assert.Equal(new DateOnly(2026, 3, 5), day.Next.First);
        var week = day.WithScale(TimelineScale.Week);
        Assert.Equal(new DateOnly(2026, 3, 2), week.First);
        Assert.Equal(new DateOnly(2026, 3, 9), week.Next.First);
    }

    [Fact]
    public void A_bar_sits_at_its_share_of_the_window_and_is_cut_where_it_leaves_it()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, TimeZoneInfo.Utc);

        var morning = day.Span(At(6), At(12))!.Value;
        Assert.Equal(0.25, morning.Left, 6);
        Assert.Equal(0.25, morning.Width, 6);
        Assert.False(morning.ClippedStart || morning.ClippedEnd);

        var overnight = day.Span(At(20), At(30))!.Value;
        Assert.Equal(20 / 24d, overnight.Left, 6);
        Assert.Equal(4 / 24d, overnight.Width, 6);
        Assert.True(overnight.ClippedEnd);

        var fromYesterday = day.Span(At(-2), At(3))!.Value;
        Assert.Equal(0, fromYesterday.Left);
        Assert.Equal(3 / 24d, fromYesterday.Width, 6);
        Assert.True(fromYesterday.ClippedStart);
    }

    [Fact]
    public void A_bar_outside_the_window_has_no_place()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, TimeZoneInfo.Utc);

        Assert.Null(day.Span(At(24), At(26)));
        Assert.Null(day.Span(At(-5), At(0)));
    }

    [Fact]
    public void A_drop_lands_on_the_nearest_step_a_quarter_hour_on_a_day_an_hour_on_a_week()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, TimeZoneInfo.Utc);
        // 10:07 rounds to 10:00, 10:08 to 10:15.
        Assert.Equal(At(10), day.At((10 + 7 / 60d) / 24));
        Assert.Equal(At(10.25), day.At((10 + 8 / 60d) / 24));
        Assert.Equal(day.From, day.At(-0.3));

        var week = day.WithScale(TimelineScale.Week);
        // Tuesday (the second day) at 14:40 rounds to 15:00.
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 15, 0, 0, TimeSpan.Zero), week.At((1 + (14 + 40 / 60d) / 24) / 7));
        Assert.Equal(TimeSpan.FromHours(1), week.Step);
        Assert.Equal(TimeSpan.FromMinutes(15), day.Step);
    }

    [Fact]
    public void The_axis_marks_every_hour_of_a_day_and_every_day_of_a_week()
    {
        var day = TimelineWindow.Containing(Wednesday, TimelineScale.Day, TimeZoneInfo.Utc);
        var ticks = day.Ticks();
        Assert.Equal(24, ticks.Count);
        Assert.Equal(At(2), ticks[2].At);
        Assert.Equal(2 / 24d, ticks[2].Left, 6);

        var days = day.WithScale(TimelineScale.Week).Ticks();
        Assert.Equal(7, days.Count);
        Assert.Equal(3 / 7d, days[3].Left, 6);
    }

    [Fact]
    public void Overlapping_bars_get_separate_lanes_and_a_free_lane_is_used_again()
    {
        (DateTimeOffset, DateTimeOffset)[] spans =
        [
            (At(8), At(10)),
            (At(9), At(11)),
            (At(10), At(12)),
            (At(9.5), At(10.5)),
            (At(13), At(14)),
        ];

        var lanes = Lanes.Assign(spans);

        Assert.Equal([0, 1, 0, 2, 0], lanes);
    }

    [Fact]
    public void Lanes_follow_time_not_the_order_the_bars_come_in()
    {
        (DateTimeOffset, DateTimeOffset)[] spans = [(At(10), At(12)), (At(8), At(11))];

        Assert.Equal([1, 0], Lanes.Assign(spans));
        Assert.Empty(Lanes.Assign([]));
    }

    private static DateTimeOffset At(double hours) => new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero).AddHours(hours);
}
