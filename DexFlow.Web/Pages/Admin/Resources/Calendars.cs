using System.Globalization;
using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Admin.Resources;

/// <summary>A working calendar in a line, as the resource list shows it: each day's periods, and the holidays.</summary>
public static class Calendars
{
    public static string Hours(WorkingCalendar calendar) =>
        string.Join("; ", calendar.Hours
            .OrderBy(period => ((int)period.Day + 6) % 7).ThenBy(period => period.From)
            .GroupBy(period => period.Day)
            .Select(day => $"{CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day.Key)} {string.Join(", ", day.Select(Period))}"));

    public static string Period(WorkingHours period) => $"{Time(period.From)}–{Time(period.To)}";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What a time input sends (<c>HH:mm</c>, or <c>HH:mm:ss</c>); null for anything else.</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

}
