using System.Globalization;

namespace DexFlow.Web;

/// <summary>
/// Dates and moments as pages show them: in the user's culture, and at the shop's time, the time zone of the company
/// profile (working calendars are read in it), whatever the browser's zone is. Until the profile is read, and for a
/// zone the browser does not know, that is UTC.
/// </summary>
public static class Dates
{
    public static TimeZoneInfo ShopZone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Whether the shop's zone has been read from the company profile.</summary>
    public static bool ShopZoneKnown { get; private set; }

    /// <summary>Takes the company profile's time zone (an IANA id) as the shop's clock.</summary>
    public static void UseShopZone(string zoneId)
    {
        ShopZone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : TimeZoneInfo.Utc;
        ShopZoneKnown = true;
    }

    public static string Day(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Moment(DateTimeOffset? moment) =>
        moment is { } value ? AtShop(value).ToString("g", CultureInfo.CurrentCulture) : "";

    /// <summary>The time of day of a moment, for bars and cards whose day is shown elsewhere.</summary>
    public static string Time(DateTimeOffset moment) => AtShop(moment).ToString("t", CultureInfo.CurrentCulture);

    /// <summary>The time of day with seconds (for "updated at").</summary>
    public static string TimeWithSeconds(DateTimeOffset moment) => AtShop(moment).ToString("T", CultureInfo.CurrentCulture);

    /// <summary>A day's heading on the planning board's week.</summary>
    public static string Weekday(DateTimeOffset moment) => AtShop(moment).ToString("ddd d", CultureInfo.CurrentCulture) + " " + AtShop(moment).ToString("MMM", CultureInfo.CurrentCulture);

    /// <summary>A day as date inputs and query strings write it (<c>yyyy-MM-dd</c>); null for anything else.</summary>
    public static DateOnly? FromInput(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A day as a date input holds it (<c>yyyy-MM-dd</c>).</summary>
    public static string ToInput(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today at the shop (a payment's day, the board's and the floor's first day).</summary>
    public static DateOnly ShopToday => DateOnly.FromDateTime(AtShop(DateTimeOffset.UtcNow).DateTime);

    /// <summary>A moment as the shop's clock shows it.</summary>
    public static DateTimeOffset AtShop(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, ShopZone);
}
