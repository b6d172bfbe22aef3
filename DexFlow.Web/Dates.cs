using System.Globalization;

namespace DexFlow.Web;

/// <summary>
/// Dates and moments as pages show them. Times are shown in the browser's zone for now; the shop's time zone and the
/// user's culture come with the German translation.
/// </summary>
public static class Dates
{
    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Moment(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The time of day of a moment, for bars and cards whose day is shown elsewhere.</summary>
    public static string Time(DateTimeOffset moment) => moment.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day's heading on the planning board's week.</summary>
    public static string Weekday(DateTimeOffset moment) => moment.ToLocalTime().ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);
}
