using System.Globalization;

namespace DexFlow.Web;

/// <summary>
/// Dates and moments as pages show them: in the user's culture, and at the shop's time. DexFlow keeps shop time in UTC
/// (its working calendars are UTC, see WorkingCalendar), so moments are shown in UTC, whatever the browser's zone is.
/// </summary>
public static class Dates
{
    public static TimeZoneInfo ShopZone => TimeZoneInfo.Utc;

    public static string Day(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Moment(DateTimeOffset? moment) =>
        moment is { } value ? TimeZoneInfo.ConvertTime(value, ShopZone).ToString("g", CultureInfo.CurrentCulture) : "";

    /// <summary>The time of day of a moment, with seconds (for "updated at").</summary>
    public static string Time(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, ShopZone).ToString("T", CultureInfo.CurrentCulture);
}
