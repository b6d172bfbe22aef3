namespace DexFlow.Grains.Company;

/// <summary>Days in the shop's time zone as instants, for queries that filter by day.</summary>
public static class ZoneDays
{
    /// <summary>The instant <paramref name="day"/> begins in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
