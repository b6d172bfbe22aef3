using DexFlow.Contracts.Planning;

namespace DexFlow.Grains.Planning;

/// <summary>Arithmetic on a resource's working time: where work can start, and when a number of working minutes ends.</summary>
public static class WorkingTime
{
    /// <summary>How far ahead a calendar is searched; a calendar with no working time in it has none at all.</summary>
    private const int HorizonDays = 366 * 2;

    /// <summary>The first working moment at or after <paramref name="time"/>.</summary>
    public static DateTimeOffset NextWorking(WorkingCalendar calendar, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        for (var day = 0; day < HorizonDays; day++)
        {
            var date = DateOnly.FromDateTime(utc.UtcDateTime).AddDays(day);
            foreach (var (from, to) in Periods(calendar, date))
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
    public static DateTimeOffset AddWorking(WorkingCalendar calendar, DateTimeOffset start, int minutes)
    {
        var remaining = TimeSpan.FromMinutes(minutes);
        var at = NextWorking(calendar, start);
        for (var day = 0; day < HorizonDays; day++)
        {
            var date = DateOnly.FromDateTime(at.UtcDateTime).AddDays(day);
            foreach (var (from, to) in Periods(calendar, date))
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

    /// <summary>The working periods of a day, in time order.</summary>
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Periods(WorkingCalendar calendar, DateOnly date)
    {
        if (calendar.Holidays.Contains(date))
        {
            return [];
        }

        return calendar.Hours
            .Where(hours => hours.Day == date.DayOfWeek && hours.To > hours.From)
            .OrderBy(hours => hours.From)
            .Select(hours => (At(date, hours.From), At(date, hours.To)));
    }

    private static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), TimeSpan.Zero);
}
