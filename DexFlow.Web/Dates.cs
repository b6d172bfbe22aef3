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
}
