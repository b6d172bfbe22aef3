using System.Collections.Immutable;

namespace DexFlow.Contracts.Planning;

/// <summary>
/// When a resource works: hours per weekday (none on a day not listed) and holidays. Times and days are the shop's,
/// in the company profile's time zone.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.working-calendar")]
public sealed record WorkingCalendar(
    [property: Id(0)] ImmutableArray<WorkingHours> Hours,
    [property: Id(1)] ImmutableArray<DateOnly> Holidays);

[GenerateSerializer, Immutable, Alias("dexflow.working-hours")]
public sealed record WorkingHours(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly From,
    [property: Id(2)] TimeOnly To);
