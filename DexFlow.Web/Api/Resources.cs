namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' planning resources. Settings and calendars are edited, so they have settable properties.

/// <summary>A resource as <c>GET /api/resources</c> lists it.</summary>
public sealed record ResourceView(string Id, string Name, string Kind, WorkingCalendar? Calendar = null);

/// <summary>What <c>PUT /api/resources/{id}</c> takes: the name, the kind (press, cutter, ...) and the calendar.</summary>
public sealed record ResourceSettings
{
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public WorkingCalendar Calendar { get; set; } = new();
}

/// <summary>When a resource works: periods per weekday (none on a day not listed) and holidays, in the shop's time (UTC).</summary>
public sealed record WorkingCalendar
{
    public List<WorkingHours> Hours { get; set; } = [];

    public List<DateOnly> Holidays { get; set; } = [];
}

public sealed record WorkingHours
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public TimeOnly From { get; set; } = new(8, 0);

    public TimeOnly To { get; set; } = new(16, 0);
}
