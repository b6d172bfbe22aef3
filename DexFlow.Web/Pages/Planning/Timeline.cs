namespace DexFlow.Web.Pages.Planning;

public enum TimelineScale
{
    Day,
    Week,
}

/// <summary>Where a bar sits on the board, as fractions of the track's width (0 = the window's start, 1 = its end).</summary>
public readonly record struct BarSpan(double Left, double Width, bool ClippedStart, bool ClippedEnd);

/// <summary>A mark on the time axis: a moment and where it falls.</summary>
public readonly record struct TimelineTick(DateTimeOffset At, double Left);

/// <summary>
/// The board's visible window, a day or a week (Monday first) in the given zone, and the geometry of moments on it:
/// pure arithmetic, so that bar positions, the time a drop lands on and the keyboard's steps are tested without a browser.
/// </summary>
public sealed record TimelineWindow(DateOnly First, TimelineScale Scale, TimeZoneInfo Zone)
{
    /// <summary>The window of the given scale holding <paramref name="day"/>.</summary>
    public static TimelineWindow Containing(DateOnly day, TimelineScale scale, TimeZoneInfo zone) =>
        new(scale == TimelineScale.Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day, scale, zone);

    public int Days => Scale == TimelineScale.Week ? 7 : 1;

    public DateTimeOffset From => Midnight(First);

    public DateTimeOffset To => Midnight(First.AddDays(Days));

    /// <summary>How far one press of an arrow key moves a slot: a quarter hour on a day (plans start on the quarter hour), an hour on a week.</summary>
    public TimeSpan Step => Scale == TimelineScale.Week ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(15);

    public TimelineWindow Previous => this with { First = First.AddDays(-Days) };

    public TimelineWindow Next => this with { First = First.AddDays(Days) };

    public TimelineWindow WithScale(TimelineScale scale) => Containing(First, scale, Zone);

    public bool Contains(DateTimeOffset moment) => moment >= From && moment < To;

    /// <summary>Where a moment falls, clamped to the window.</summary>
    public double Fraction(DateTimeOffset moment)
    {
        var from = From;
        var length = (To - from).Ticks;
        return Math.Clamp((double)(moment - from).Ticks / length, 0, 1);
    }

    /// <summary>The bar of [start, end), cut to the window; null when none of it is in view.</summary>
    public BarSpan? Span(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= From || start >= To || end <= start)
        {
            return null;
        }

        var left = Fraction(start);
        return new BarSpan(left, Fraction(end) - left, start < From, end > To);
    }

    /// <summary>The moment at a fraction of the width, rounded to the nearest <see cref="Step"/> (where a dropped bar lands).</summary>
    public DateTimeOffset At(double fraction)
    {
        var from = From;
        var raw = from + TimeSpan.FromTicks((long)((To - from).Ticks * Math.Clamp(fraction, 0, 1)));
        var steps = Math.Round((double)(raw - from).Ticks / Step.Ticks, MidpointRounding.AwayFromZero);
        return from + TimeSpan.FromTicks((long)steps * Step.Ticks);
    }

    /// <summary>The axis' marks: every hour on a day, every midnight on a week.</summary>
    public IReadOnlyList<TimelineTick> Ticks()
    {
        if (Scale == TimelineScale.Week)
        {
            return [.. Enumerable.Range(0, Days).Select(day => Midnight(First.AddDays(day))).Select(at => new TimelineTick(at, Fraction(at)))];
        }

        var from = From;
        return [.. Enumerable.Range(0, 25).Select(i => from.AddHours(i)).Where(at => at < To).Select(at => new TimelineTick(at, Fraction(at)))];
    }

    private DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}

/// <summary>Overlapping bars on one row go in separate lanes, so that none hides another.</summary>
public static class Lanes
{
    /// <summary>The lane of each span (in the order given): the lowest lane whose previous bar has ended by the span's start.</summary>
    public static int[] Assign(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> spans)
    {
        var lanes = new int[spans.Count];
        var laneEnds = new List<DateTimeOffset>();
        foreach (var index in Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Start).ThenBy(i => spans[i].End))
        {
            var (start, end) = spans[index];
            var lane = laneEnds.FindIndex(laneEnd => laneEnd <= start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(end);
            }
            else
            {
                laneEnds[lane] = end;
            }

            lanes[index] = lane;
        }

        return lanes;
    }
}
