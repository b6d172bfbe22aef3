using DexFlow.Contracts.Planning;

namespace DexFlow.Grains.Planning;

/// <summary>
/// Arithmetic on a resource's working time: where work can start, and when a number of working minutes ends. Working
/// hours and holidays are read in the shop's time zone (the company profile's), so a shift that starts at 06:00 starts
/// at 06:00 on the shop's clocks in summer and in winter.
/// </summary>
public static class WorkingTime
{
    /// <summary>How far ahead a calendar is searched; a calendar with no working time in it has none at all.</summary>
    private const int HorizonDays = 366 * 2;

    /// <summary>The first working moment at or after <paramref name="time"/>.</summary>
    public static DateTimeOffset NextWorking(WorkingCalendar calendar, DateTimeOffset time, TimeZoneInfo zone)
    {
        var utc = time.ToUniversalTime();
        var first = LocalDate(utc, zone);
        for (var day = 0; day < HorizonDays; day++)
        {
            foreach (var (from, to) in Periods(calendar, first.AddDays(day), zone))
            {
                if (to > utc)
                {
                    return from > utc ? from : utc;
                }
            }
        }

        throw new InvalidOperationException("The calendar has no working time in the next two years.");
    }

    /// <summary>When <paramref name="minutes"/> of work started at <paramref name="start"/> (or the next working moment) ends.</summary>
    public static DateTimeOffset AddWorking(WorkingCalendar calendar, DateTimeOffset start, int minutes, TimeZoneInfo zone)
    {
        var remaining = TimeSpan.FromMinutes(minutes);
        var at = NextWorking(calendar, start, zone);
        var first = LocalDate(at, zone);
        for (var day = 0; day < HorizonDays; day++)
        {
            foreach (var (from, to) in Periods(calendar, first.AddDays(day), zone))
            {
                if (to <= at)
                {
                    continue;
                }

                var begin = from > at ? from : at;
                if (begin + remaining <= to)
                {
                    return begin + remaining;
                }

                remaining -= to - begin;
            }
        }

        throw new InvalidOperationException("The calendar has no working time in the next two years.");
    }

    /// <summary>The moment a day at the shop ends (the next day's midnight), e.g. the latest end that still meets a due date.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone) => At(date.AddDays(1), TimeOnly.MinValue, zone);

    /// <summary>The shop's calendar day of a moment.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>The working periods of a day at the shop, in time order, as moments in UTC.</summary>
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Periods(WorkingCalendar calendar, DateOnly date, TimeZoneInfo zone)
    {
        if (calendar.Holidays.Contains(date))
        {
            return [];
        }

        return calendar.Hours
            .Where(hours => hours.Day == date.DayOfWeek && hours.To > hours.From)
            .OrderBy(hours => hours.From)
            .Select(hours => (At(date, hours.From, zone), At(date, hours.To, zone)));
    }

    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        // A time the clocks skip (spring forward) is the moment they resume; a time they show twice (fall back) is its first.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
