using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Reports;
using DexFlow.Grains.Company;

namespace DexFlow.Grains.Reporting;

/// <summary>The days a report covers (both included) in the shop's time zone, and the instants they begin and end at.</summary>
public sealed record ReportWindow(DateOnly From, DateOnly To, ReportPeriod? Period, TimeZoneInfo Zone)
{
    /// <summary>The longest window a report covers: ten years.</summary>
    public const int MaxDays = 3660;

    public DateTimeOffset Start => ZoneDays.Midnight(From, Zone);

    public DateTimeOffset End => ZoneDays.Midnight(To.AddDays(1), Zone);

    public string Unit => (Period ?? ReportPeriod.Day).ToString().ToLowerInvariant();

    /// <summary>The window asked for, or the report's default one ending today; a window backwards or too long is refused.</summary>
    public static ReportWindow For(ReportDefinition report, ReportRequest request, DateOnly today, TimeZoneInfo zone)
    {
        var span = report.DefaultDays - 1;
        var (from, to) = report.DefaultAhead
            ? (request.From ?? request.To?.AddDays(-span) ?? today, request.To ?? (request.From ?? today).AddDays(span))
            : (request.From ?? (request.To ?? today).AddDays(-span), request.To ?? today);
        if (from > to)
        {
            throw ValidationException.For("from", "Must not be after to.");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw ValidationException.For("from", $"A report covers at most {MaxDays} days.");
        }

        if (request.GroupBy is { } period && !report.Periods.Contains(period))
        {
            throw ValidationException.For("groupBy", report.Periods.IsEmpty
                ? "This report is not grouped by period."
                : $"Must be one of {string.Join(", ", report.Periods)}.");
        }

        return new ReportWindow(from, to, request.GroupBy ?? (report.Periods.IsEmpty ? null : report.Periods[0]), zone);
    }
}
